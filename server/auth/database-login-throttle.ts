import { and, inArray, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { signInThrottle } from '@/server/db/schema';
import { FORGET_AFTER_MS, waitOf, withFailure, type SignInThrottle, type ThrottleEntry } from './login-throttle';

/**
 * The sign-in throttle kept in PostgreSQL, so that every instance counts the same failures.
 * `begin` runs in one transaction holding an advisory lock per key (taken in a fixed order, so
 * two sign-ins cannot deadlock): concurrent attempts on any instance are counted one by one.
 */
export function databaseLoginThrottle(db: DbExecutor, now: () => number = Date.now): SignInThrottle {
  return {
    async begin(keys) {
      const sorted = [...new Set(keys)].sort();
      return db.transaction(async (tx) => {
        for (const key of sorted) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'sign-in:' + key}, 0))`);
        const at = now();
        const rows = await tx.select().from(signInThrottle).where(inArray(signInThrottle.key, sorted));
        const entries = new Map(rows.map((row) => [row.key, toEntry(row)]));
        const wait = sorted.reduce((longest, key) => Math.max(longest, waitOf(entries.get(key), at)), 0);
        if (wait > 0) return wait;
        for (const key of sorted) {
          const next = toRow(key, withFailure(entries.get(key), at));
          await tx.insert(signInThrottle).values(next).onConflictDoUpdate({ target: signInThrottle.key, set: next });
        }
        const cutoff = new Date(at - FORGET_AFTER_MS);
        await tx.delete(signInThrottle).where(and(lt(signInThrottle.lastFailureAt, cutoff), lt(signInThrottle.blockedUntil, new Date(at))));
        return 0;
      });
    },
    async succeed(keys) {
      if (keys.length > 0) await db.delete(signInThrottle).where(inArray(signInThrottle.key, [...keys]));
    },
  };
}

function toEntry(row: typeof signInThrottle.$inferSelect): ThrottleEntry {
  return { failures: row.failures, lastFailureAt: row.lastFailureAt.getTime(), blockedUntil: row.blockedUntil.getTime() };
}

function toRow(key: string, entry: ThrottleEntry): typeof signInThrottle.$inferInsert {
  return { key, failures: entry.failures, lastFailureAt: new Date(entry.lastFailureAt), blockedUntil: new Date(entry.blockedUntil) };
}
