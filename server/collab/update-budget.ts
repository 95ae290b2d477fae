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

/** One connection's accepted updates still inside the window, oldest first, and their total. */
interface Spending {
  at: number[];
  bytes: number[];
  /** Index of the oldest entry still counted: entries before it have left the window. */
  head: number;
  total: number;
}

/**
 * Bytes of accepted updates per connection over the last minute. Every accepted update is
 * stored for good and sent to everyone, so one connection must not fill the log: typing and
 * even several large pastes a minute stay far below the bound. Each check costs the entries
 * that left the window since the last one, not the whole minute's: it runs on every keystroke.
 */
export function createUpdateBudget(now: () => number = Date.now, limit = MAX_UPDATE_BYTES_PER_MINUTE): UpdateBudget {
  const spent = new WeakMap<CollabConnection, Spending>();
  const recent = (connection: CollabConnection): Spending => {
    let spending = spent.get(connection);
    if (!spending) {
      spending = { at: [], bytes: [], head: 0, total: 0 };
      spent.set(connection, spending);
    }
    const cutoff = now() - WINDOW_MS;
    while (spending.head < spending.at.length && (spending.at[spending.head] ?? Infinity) <= cutoff) {
      spending.total -= spending.bytes[spending.head] ?? 0;
      spending.head++;
    }
    // Drop what left the window once it is most of the arrays, so they stay as long as a minute's entries.
    if (spending.head > 64 && spending.head * 2 > spending.at.length) {
      spending.at = spending.at.slice(spending.head);
      spending.bytes = spending.bytes.slice(spending.head);
      spending.head = 0;
    }
    return spending;
  };
  return {
    allows(connection, bytes) {
      return recent(connection).total + bytes <= limit;
    },
    spend(connection, bytes) {
      const spending = recent(connection);
      spending.at.push(now());
      spending.bytes.push(bytes);
      spending.total += bytes;
    },
  };
}
