import type { CollabConnection } from './connection';
import { englishOf, say } from '@/lib/i18n/server-sentences';

/** How long an update may wait for the changes it builds on, and how much one connection may hold. */
export const HOLD_LIMITS = { ms: 2_000, bytes: 256 * 1024 };

export const NEVER_ARRIVED = say('server.refused.notSeen', {});
export const NEVER_ARRIVED_REASON = englishOf(NEVER_ARRIVED);

interface Holding {
  updates: Uint8Array[];
  bytes: number;
  timer: NodeJS.Timeout;
}

/**
 * Updates a connection sent before the changes they build on. A client that reconnects sends
 * what it typed offline in its sync step 2, answering the server's sync step 1; a keystroke made
 * in between leaves first and depends on those changes. Such an update is held, per connection
 * and for a bounded time and size, and judged again once more of that connection's changes
 * have arrived; when the time is up, `onExpired` decides what becomes of it.
 */
export class HeldUpdates {
  private readonly byConnection = new Map<CollabConnection, Holding>();

  constructor(
    private readonly onExpired: (connection: CollabConnection) => void,
    private readonly limits = HOLD_LIMITS,
  ) {}

  /** Holds `update`; false (holding nothing more) when the connection would hold too much. */
  hold(connection: CollabConnection, update: Uint8Array): boolean {
    const holding = this.byConnection.get(connection);
    const bytes = (holding?.bytes ?? 0) + update.byteLength;
    if (bytes > this.limits.bytes) return false;
    if (holding) {
      holding.updates.push(update);
      holding.bytes = bytes;
      return true;
    }
    const timer = setTimeout(() => this.onExpired(connection), this.limits.ms);
    timer.unref?.();
    this.byConnection.set(connection, { updates: [update], bytes, timer });
    return true;
  }

  has(connection: CollabConnection): boolean {
    return this.byConnection.has(connection);
  }

  /** The connection's held updates, oldest first; give back the ones still waiting with `keep`. */
  take(connection: CollabConnection): Uint8Array[] {
    const holding = this.byConnection.get(connection);
    if (!holding) return [];
    const updates = holding.updates;
    holding.updates = [];
    holding.bytes = 0;
    return updates;
  }

  /** What still waits after `take`; the deadline set by the first held update stays. */
  keep(connection: CollabConnection, updates: Uint8Array[]): void {
    const holding = this.byConnection.get(connection);
    if (!holding) return;
    if (updates.length === 0) {
      this.drop(connection);
      return;
    }
    holding.updates = [...updates, ...holding.updates];
    holding.bytes = holding.updates.reduce((sum, update) => sum + update.byteLength, 0);
  }

  drop(connection: CollabConnection): void {
    const holding = this.byConnection.get(connection);
    if (!holding) return;
    clearTimeout(holding.timer);
    this.byConnection.delete(connection);
  }

  clear(): void {
    for (const connection of [...this.byConnection.keys()]) this.drop(connection);
  }
}
