import { MAX_UPDATE_BYTES_PER_MINUTE } from '@/lib/collab/protocol';
import type { CollabConnection } from './connection';
import { englishOf, say } from '@/lib/i18n/server-sentences';

const WINDOW_MS = 60_000;

// A close reason, English only (a close frame has no room for a key); the page words it by the close code.
export const UPDATE_BUDGET_REASON = englishOf(say('server.refused.updateBudget', {}));

export interface UpdateBudget {
  /** Whether `bytes` more fit in the connection's last minute. */
  allows(connection: CollabConnection, bytes: number): boolean;
  /** Counts an accepted update against the connection. */
  spend(connection: CollabConnection, bytes: number): void;
}

/**
 * Bytes of accepted updates per connection over the last minute. Every accepted update is
 * stored for good and sent to everyone, so one connection must not fill the log: typing and
 * even several large pastes a minute stay far below the bound.
 */
export function createUpdateBudget(now: () => number = Date.now, limit = MAX_UPDATE_BYTES_PER_MINUTE): UpdateBudget {
  const spent = new WeakMap<CollabConnection, Array<{ at: number; bytes: number }>>();
  const recent = (connection: CollabConnection): Array<{ at: number; bytes: number }> => {
    const cutoff = now() - WINDOW_MS;
    const entries = (spent.get(connection) ?? []).filter((entry) => entry.at > cutoff);
    spent.set(connection, entries);
    return entries;
  };
  return {
    allows(connection, bytes) {
      return recent(connection).reduce((sum, entry) => sum + entry.bytes, 0) + bytes <= limit;
    },
    spend(connection, bytes) {
      recent(connection).push({ at: now(), bytes });
    },
  };
}
