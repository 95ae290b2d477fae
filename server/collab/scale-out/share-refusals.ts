import type { RefusalLimiter } from '../refusal-limiter';
import type { RoomBus } from './room-bus';

/**
 * A refusal limiter that every instance keeps the same: each refusal counted here is published,
 * and each one another instance publishes is counted here. Otherwise a client refused too often
 * on one instance could reconnect through another and start again. While the bus is down each
 * instance counts alone, which is no worse than a single instance.
 */
export function shareRefusals(local: RefusalLimiter, bus: RoomBus): { limiter: RefusalLimiter; stop: () => void } {
  const stop = bus.subscribeMeeting((event) => {
    if (event.kind === 'refusal') local.record(event.draftId, event.userId);
  });
  const limiter: RefusalLimiter = {
    record(draftId, userId) {
      local.record(draftId, userId);
      bus.publishMeeting({ kind: 'refusal', draftId, userId });
    },
    isLimited: (draftId, userId) => local.isLimited(draftId, userId),
  };
  return { limiter, stop };
}
