/**
 * Slows down repeated failed sign-ins, per key (a client address, an account's email). After
 * FREE_FAILURES failures the key must wait, and the wait doubles with each further failure
 * (capped). The rule is here; production keeps the counts in PostgreSQL
 * (database-login-throttle.ts) so that every instance sees the same counts; `LoginThrottle`
 * keeps them in memory for a single process.
 *
 * A sign-in counts as a failure the moment it begins (`begin`), before the password is checked,
 * and forgotten if it succeeds: the check is asynchronous, so counting only after it would let
 * any number of concurrent guesses through before the first one was counted. A success forgets
 * its address's failures too (delegates in one room share an address and mistype); guesses at
 * one account stay bounded by the account's own count.
 */

/** What a sign-in goes through: `begin` answers 0 (counted, go on) or the milliseconds to wait. */
export interface SignInThrottle {
  begin(keys: readonly string[]): Promise<number>;
  succeed(keys: readonly string[]): Promise<void>;
}

const FREE_FAILURES = 5;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;
export const FORGET_AFTER_MS = 15 * 60_000;
const MAX_TRACKED = 10_000;

export interface ThrottleEntry {
  failures: number;
  lastFailureAt: number;
  blockedUntil: number;
}
type Entry = ThrottleEntry;

/** An entry nobody needs to remember any more. */
export function isStale(entry: ThrottleEntry, now: number): boolean {
  return now - entry.lastFailureAt > FORGET_AFTER_MS && now > entry.blockedUntil;
}

/** Milliseconds the key must still wait (0: may try now). */
export function waitOf(entry: ThrottleEntry | undefined, now: number): number {
  return entry && !isStale(entry, now) ? Math.max(0, entry.blockedUntil - now) : 0;
}

/** The entry after one more failure. */
export function withFailure(entry: ThrottleEntry | undefined, now: number): ThrottleEntry {
  const failures = (entry && !isStale(entry, now) ? entry.failures : 0) + 1;
  const over = failures - FREE_FAILURES;
  const blockedUntil = over >= 0 ? now + Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** over) : (entry?.blockedUntil ?? 0);
  return { failures, lastFailureAt: now, blockedUntil };
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
    this.entries.set(address, withFailure(this.fresh(address), this.now()));
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
    if (entry && isStale(entry, this.now())) {
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

const globalForThrottle = globalThis as unknown as { concordLoginThrottle?: SignInThrottle };

/**
 * The throttle to use: one installed for this process (a test of one process may), else the
 * shared one `create` builds (cheap: it only binds the database handle of the moment).
 */
export function getLoginThrottle(create: () => SignInThrottle): SignInThrottle {
  return globalForThrottle.concordLoginThrottle ?? create();
}

/** The memory throttle behind the shared interface, for a single process. */
export function memoryLoginThrottle(throttle = new LoginThrottle()): SignInThrottle {
  return {
    begin: (keys) => Promise.resolve(throttle.begin(keys)),
    succeed: (keys) => {
      for (const key of keys) throttle.recordSuccess(key);
      return Promise.resolve();
    },
  };
}
