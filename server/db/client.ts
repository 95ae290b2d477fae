import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

/** The pool-backed database; `$client` is its pool (the migration lock needs a session of its own). */
export type Database = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export interface DbHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function createDb(url: string, options: { max?: number } = {}): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  let closed: Promise<void> | undefined;
  // An idle client losing its connection (e.g. the database restarting) must not crash the process.
  // pool.end() resolves before the sockets are gone, so a shutdown right after it is expected noise.
  pool.on('error', (error) => {
    if (!closed) console.error('[db] idle client error:', error.message);
  });
  const db = drizzle(pool, { schema });
  return {
    db,
    pool,
    close: () => (closed ??= pool.end()),
  };
}

/**
 * The process-wide handle. Next may bundle this module a second time (route handlers vs. the
 * custom server), so it lives on globalThis rather than in a module variable.
 */
const GLOBAL_KEY = Symbol.for('concord.db');
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: DbHandle };

export function setDb(handle: DbHandle | undefined): void {
  (globalThis as GlobalWithDb)[GLOBAL_KEY] = handle;
}

export function getDbHandle(): DbHandle {
  const handle = (globalThis as GlobalWithDb)[GLOBAL_KEY];
  if (!handle) throw new Error('database not initialised: call setDb(createDb(url)) at start-up');
  return handle;
}

export function getDb(): Database {
  return getDbHandle().db;
}

/** A transaction handle, as passed to `db.transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Domain functions take either the pool-backed database or a transaction they should join. */
export type DbExecutor = Database | DbTransaction;
