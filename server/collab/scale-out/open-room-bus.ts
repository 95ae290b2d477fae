import { createLocalRoomBus, type RoomBus } from './room-bus';

/**
 * The bus for REDIS_URL, or the single-instance no-op bus when it is not set. The Redis client is
 * loaded only when there is a Redis to connect to: a single instance starts without loading it.
 */
export async function openRoomBus(redisUrl: string | undefined): Promise<RoomBus> {
  if (!redisUrl) return createLocalRoomBus();
  const { connectRedisRoomBus } = await import('./connect-redis-room-bus');
  const bus = await connectRedisRoomBus({
    url: redisUrl,
    logError: (message, error) => console.error(message, error ?? ''),
  });
  console.log(`[collab] scale-out over Redis, instance ${bus.instanceId}`);
  return bus;
}
