import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client';

export function migrationsFolder(): string {
  return path.resolve(process.cwd(), 'drizzle');
}

/**
 * Applies the committed migrations in drizzle/. Uses the runtime migrator (not drizzle-kit's
 * CLI, which can swallow SQL errors) and rethrows with the failing statement's message so that
 * start-up stops instead of serving a half-migrated database.
 */
export async function runMigrations(db: Database, folder: string = migrationsFolder()): Promise<void> {
  const release = await lockMigrations(db);
  try {
    await migrate(db, { migrationsFolder: folder });
  } catch (error) {
    throw new Error(`database migration failed: ${describeSqlError(error)}`, { cause: error });
  } finally {
    await release();
  }
}

/** Any fixed number shared by every instance: it names the lock, nothing else. */
const MIGRATION_LOCK = 7_316_082_201;

/**
 * Instances started at once on an empty database would race on the migrations (the loser
 * crashes on a duplicate key in drizzle's journal table). A session-level advisory lock held on
 * a connection of its own makes them take turns; the second then finds nothing left to apply.
 */
async function lockMigrations(db: Database): Promise<() => Promise<void>> {
  const session = await db.$client.connect();
  try {
    await session.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
  } catch (error) {
    session.release();
    throw error;
  }
  return async () => {
    try {
      await session.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    } finally {
      session.release();
    }
  };
}

function describeSqlError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // drizzle wraps the pg error; the useful text (e.g. `relation "x" already exists`) is the cause.
  const cause = (error as Error & { cause?: unknown }).cause;
  const detail = cause instanceof Error && cause.message !== error.message ? ` — ${cause.message}` : '';
  return `${error.message}${detail}`;
}
