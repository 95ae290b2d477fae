/**
 * Which other instances are still on the bus. Each instance publishes a heartbeat; one that is
 * not heard from for `lostAfterMs`, or that says it is leaving, is reported lost once. An
 * instance killed between storing an update and publishing it leaves the others without that
 * update: hearing that it is gone is their cue to catch up from the database.
 */
export interface PeerTracker {
  heard(instanceId: string): void;
  left(instanceId: string): void;
  /** Reports every peer silent for too long; call it on a timer while the bus is up. */
  sweep(): void;
  /** Forget everyone, e.g. after our own outage, when silence says nothing about the others. */
  forgetAll(): void;
  onLost(listener: (instanceId: string) => void): () => void;
}

export function trackPeers({ lostAfterMs, now = Date.now }: { lostAfterMs: number; now?: () => number }): PeerTracker {
  const lastHeard = new Map<string, number>();
  const listeners = new Set<(instanceId: string) => void>();
  const lose = (instanceId: string): void => {
    if (!lastHeard.delete(instanceId)) return;
    for (const listener of [...listeners]) listener(instanceId);
  };
  return {
    heard: (instanceId) => void lastHeard.set(instanceId, now()),
    left: lose,
    sweep() {
      const cutoff = now() - lostAfterMs;
      for (const [instanceId, at] of [...lastHeard]) if (at < cutoff) lose(instanceId);
    },
    forgetAll: () => lastHeard.clear(),
    onLost(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
