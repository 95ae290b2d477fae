/**
 * Remembers refused updates per user and draft. A client whose update was refused reloads and
 * may resend the same change; a buggy or hostile one would loop. After MAX_REFUSALS within
 * WINDOW_MS its connections to that draft are closed with CLOSE.rateLimited until the window passes.
 */
const WINDOW_MS = 60_000;
const MAX_REFUSALS = 5;

export interface RefusalLimiter {
  record(draftId: string, userId: string): void;
  isLimited(draftId: string, userId: string): boolean;
}

export function createRefusalLimiter(now: () => number = Date.now): RefusalLimiter {
  const refusals = new Map<string, number[]>();
  const recent = (key: string): number[] => {
    const cutoff = now() - WINDOW_MS;
    const times = (refusals.get(key) ?? []).filter((time) => time > cutoff);
    if (times.length === 0) refusals.delete(key);
    else refusals.set(key, times);
    return times;
  };
  return {
    record(draftId, userId) {
      const key = `${draftId}:${userId}`;
      refusals.set(key, [...recent(key), now()]);
    },
    isLimited(draftId, userId) {
      return recent(`${draftId}:${userId}`).length >= MAX_REFUSALS;
    },
  };
}
