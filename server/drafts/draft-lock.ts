import { sql, type SQL } from 'drizzle-orm';

/**
 * Appends hold this advisory lock in shared mode for the length of their insert; compaction takes
 * it exclusively for a moment to read a safe upper bound. Without it, bigserial ids can commit out
 * of order (id 101 visible while 100 is still in flight), and a snapshot "through 101" would lose
 * update 100 for good.
 */
export function draftLockKey(draftId: string): SQL {
  return sql`hashtextextended(${draftLockName(draftId)}, 0)`;
}

/** The text whose hash is the draft's lock key, for statements written without the query builder. */
export function draftLockName(draftId: string): string {
  return `concord.draft-log:${draftId}`;
}
