/**
 * Slows down repeated failed sign-ins, per key (a client address, an account's email). After
 * FREE_FAILURES failures the key must wait, and the wait doubles with each further failure
 * (capped). Kept in memory: a restart forgets it, which is acceptable for a throttle (not an
 * account lock-out).
 *
 * A sign-in counts as a failure the moment it begins (`begin`), before the password is checked,
 * and forgotten if it succeeds: the check is asynchronous, so counting only after it would let
 * any number of concurrent guesses through before the first one was counted. A success forgets
 * its address's failures too (delegates in one room share an address and mistype); guesses at
 * one account stay bounded by the account's own count.
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

  /**
   * Starts a sign-in attempt for all `keys` at once: 0 and the attempt counted against each, or
   * the milliseconds to wait (nothing counted) when any key must wait.
   */
  begin(keys: readonly string[]): number {
    const wait = keys.reduce((longest, key) => Math.max(longest, this.retryAfterMs(key)), 0);
    if (wait > 0) return wait;
    for (const key of keys) this.recordFailure(key);
    return 0;
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
