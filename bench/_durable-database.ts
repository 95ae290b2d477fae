import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { createDb, type Database } from '@/server/db/client';
import { runMigrations } from '@/server/db/migrate';
import { startDatabase } from '@/server/db/start-database';
import { percentile, round } from './_stats';

export interface DurableDatabase {
  db: Database;
  /** For a second process on the same database (another collaboration instance). */
  url: string;
  /** One fsync'd single-row INSERT commit, measured on this database in this run: the floor of any stored edit. */
  commitFloor: { p50_ms: number; p99_ms: number };
  /**
   * Times one more such commit (ms): a benchmark that interleaves these with what it measures
   * gets the floor under the same conditions (the disk's slow moments included), not only before.
   */
  timeCommit(): Promise<number>;
  stop(): Promise<void>;
}

const FLOOR_COMMITS = 300;

/**
 * An embedded PostgreSQL configured as production runs it (fsync and synchronous commits on),
 * migrated, in a throwaway folder; with the commit floor measured on it before the benchmark.
 */
export async function startDurableDatabase(): Promise<DurableDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-bench-db-'));
  const database = await startDatabase({ dataDir, ephemeral: false, log: () => undefined });
  const handle = createDb(database.url);
  await runMigrations(handle.db);
  const commitFloor = await measureCommitFloor(handle.pool);
  return {
    db: handle.db,
    url: database.url,
    commitFloor,
    timeCommit: async () => {
      const start = performance.now();
      await handle.pool.query({ name: 'bench-commit-floor', text: 'insert into bench_commit_floor (body) values ($1)', values: [Buffer.alloc(64, 7)] });
      return performance.now() - start;
    },
    stop: async () => {
      await handle.close();
      await database.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function measureCommitFloor(pool: pg.Pool): Promise<{ p50_ms: number; p99_ms: number }> {
  const client = await pool.connect();
  try {
    // A real table, WAL-logged and fsync'd at each commit, as draft_updates is; kept for timeCommit.
    await client.query('create table if not exists bench_commit_floor (id serial primary key, body bytea)');
    const samples: number[] = [];
    for (let i = 0; i < FLOOR_COMMITS; i++) {
      const start = performance.now();
      await client.query('insert into bench_commit_floor (body) values ($1)', [Buffer.alloc(64, i % 256)]);
      samples.push(performance.now() - start);
    }
    return { p50_ms: round(percentile(samples, 50), 3), p99_ms: round(percentile(samples, 99), 3) };
  } finally {
    client.release();
  }
}
