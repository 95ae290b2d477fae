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
  try {
    await migrate(db, { migrationsFolder: folder });
  } catch (error) {
    throw new Error(`database migration failed: ${describeSqlError(error)}`, { cause: error });
  }
}

function describeSqlError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // drizzle wraps the pg error; the useful text (e.g. `relation "x" already exists`) is the cause.
  const cause = (error as Error & { cause?: unknown }).cause;
  const detail = cause instanceof Error && cause.message !== error.message ? ` — ${cause.message}` : '';
  return `${error.message}${detail}`;
}
