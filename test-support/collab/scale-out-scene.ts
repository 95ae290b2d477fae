import { randomUUID } from 'node:crypto';
import type { Database } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from './connect-test-client';
import { OPENING_TEXT, PARAGRAPH_ONE, PARAGRAPH_TWO, seedCollabMeeting, type CollabMeeting, type SeededUser } from './seed-collab-meeting';
import { seedDraft } from './seed-draft';
import { startCollabTestServer, type CollabTestServer } from './start-collab-test-server';
import { startTestRedis, type TestRedis } from './start-test-redis';
import { waitFor } from './wait-for';
import { connectRedisRoomBus } from '@/server/collab/scale-out/connect-redis-room-bus';
import type { RoomBus } from '@/server/collab/scale-out/room-bus';

/** One collaboration instance of a scaled-out deployment, with what its bus logged. */
export interface Instance {
  server: CollabTestServer;
  bus: RoomBus;
  busLog: string[];
}

/**
 * Two collaboration instances, as behind a load balancer: each its own http server and Redis
 * connections, sharing one real PostgreSQL and one real redis-server.
 */
export interface ScaleOutScene {
  database: TestDatabase;
  db: Database;
  redis: TestRedis;
  meeting: CollabMeeting;
  a: Instance;
  b: Instance;
  /** A fresh two-paragraph draft, so that each test starts clean. */
  newDraft(): Promise<string>;
  connect(instance: Instance, user: SeededUser, draftId: string): Promise<TestClient>;
  /** Disconnects every client connected so far. */
  disconnectAll(): void;
  close(): Promise<void>;
}

export async function startScaleOutScene(): Promise<ScaleOutScene> {
  const [database, redis] = await Promise.all([startTestDatabase(), startTestRedis()]);
  const meeting = await seedCollabMeeting(database.db);
  const start = async (): Promise<Instance> => {
    const busLog: string[] = [];
    const bus = await connectRedisRoomBus({ url: redis.url, logError: (message) => busLog.push(message) });
    return { server: await startCollabTestServer(database.db, { bus }), bus, busLog };
  };
  const [a, b] = await Promise.all([start(), start()]);
  const clients: TestClient[] = [];
  return {
    database,
    db: database.db,
    redis,
    meeting,
    a,
    b,
    newDraft: () =>
      seedDraft(database.db, meeting.meetingId, [
        { id: PARAGRAPH_ONE, label: '1', kind: 'OP', runs: [{ insert: OPENING_TEXT }] },
        { id: PARAGRAPH_TWO, label: '2', kind: 'OP', runs: [{ insert: 'Invites Member States to consider' }] },
      ]),
    async connect(instance, user, draftId) {
      const client = await connectTestClient({ url: instance.server.url, draftId, user });
      clients.push(client);
      await waitFor(() => client.provider.synced, `${user.name} synced`);
      return client;
    },
    disconnectAll() {
      for (const client of clients.splice(0)) client.destroy();
    },
    async close() {
      for (const client of clients.splice(0)) client.destroy();
      for (const instance of [a, b]) {
        await instance.server.close();
        await instance.bus.close();
      }
      await redis.close();
      await database.stop();
    },
  };
}

export function proposalBy(user: SeededUser, delegation: string): Record<string, unknown> {
  return { insertion: { proposal: randomUUID(), delegation, author: user.userId, at: new Date().toISOString() } };
}
