/**
 * Slows down repeated failed sign-ins from one address. After FREE_FAILURES failures the
 * address must wait, and the wait doubles with each further failure (capped). Kept in memory:
 * a restart forgets it, which is acceptable for a throttle (not an account lock-out).
 */

const FREE_FAILURES = 5;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;
const FORGET_AFTER_MS = 15 * 60_000;
const MAX_TRACKED = 10_000;

interface Entry {
  failures: number;
  lastFailureAt: number;
  blockedUntil: number;
}

export class LoginThrottle {
  private entries = new Map<string, Entry>();

  constructor(private now: () => number = Date.now) {}

  /** Milliseconds the address must still wait before trying again (0: may try now). */
  retryAfterMs(address: string): number {
    const entry = this.fresh(address);
    return entry ? Math.max(0, entry.blockedUntil - this.now()) : 0;
  }

  recordFailure(address: string): void {
    const now = this.now();
    const entry = this.fresh(address) ?? { failures: 0, lastFailureAt: now, blockedUntil: 0 };
    entry.failures += 1;
    entry.lastFailureAt = now;
    const over = entry.failures - FREE_FAILURES;
    if (over >= 0) entry.blockedUntil = now + Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** over);
    this.entries.set(address, entry);
    this.prune();
  }

  recordSuccess(address: string): void {
    this.entries.delete(address);
  }

  private fresh(address: string): Entry | undefined {
    const entry = this.entries.get(address);
    if (entry && this.now() - entry.lastFailureAt > FORGET_AFTER_MS && this.now() > entry.blockedUntil) {
      this.entries.delete(address);
      return undefined;
    }
    return entry;
  }

  // Bounded memory under a flood of distinct addresses: drop the oldest entries.
  private prune(): void {
    if (this.entries.size <= MAX_TRACKED) return;
    const excess = this.entries.size - MAX_TRACKED;
    let removed = 0;
    for (const key of this.entries.keys()) {
      if (removed++ >= excess) break;
      this.entries.delete(key);
    }
  }
}

const globalForThrottle = globalThis as unknown as { concordLoginThrottle?: LoginThrottle };

export function getLoginThrottle(): LoginThrottle {
  globalForThrottle.concordLoginThrottle ??= new LoginThrottle();
  return globalForThrottle.concordLoginThrottle;
}
