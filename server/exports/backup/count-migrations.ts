import { sql } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';

/** How many migrations the database has applied (drizzle's journal table), the backup's schema version. */
export async function countMigrations(db: DbExecutor): Promise<number> {
  const result = await db.execute<{ count: string }>(sql`select count(*)::text as count from drizzle.__drizzle_migrations`);
  return Number(result.rows[0]?.count ?? 0);
}
