import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type Database } from '@/server/db/client';
import { runMigrations } from '@/server/db/migrate';
import { startDatabase } from '@/server/db/start-database';

export interface TestDatabase {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

/**
 * A fresh, migrated, empty database for one test file. With TEST_DATABASE_URL: a uniquely named
 * database on that server, dropped on stop. Without: a throwaway embedded cluster in a temp dir.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  return server ? createOnServer(server) : startEmbedded();
}

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = `concord_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  const handle = createDb(url);
  try {
    await runMigrations(handle.db);
  } catch (error) {
    await handle.close();
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    throw error;
  }
  return {
    url,
    db: handle.db,
    stop: async () => {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function startEmbedded(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-test-db-'));
  const database = await startDatabase({ dataDir, ephemeral: true, log: () => undefined });
  const handle = createDb(database.url);
  const stop = async () => {
    await handle.close();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await runMigrations(handle.db);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: database.url, db: handle.db, stop };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
