import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createDb } from './client';
import { runMigrations } from './migrate';
import { migrationsWithOneMore } from '@/test-support/db/migrations-with-one-more';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';

let database: TestDatabase;
let folder: string;

beforeAll(async () => {
  database = await startTestDatabase();
  folder = await mkdtemp(path.join(os.tmpdir(), 'concord-migrations-'));
});

afterAll(async () => {
  await database?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('runMigrations', () => {
  it('is idempotent on an already migrated database', async () => {
    await expect(runMigrations(database.db)).resolves.toBeUndefined();
  });

  it('lets instances started at once on an empty database take turns instead of racing', async () => {
    const name = `concord_twins_${Date.now().toString(36)}`;
    await adminQuery(database.url, `create database ${name}`);
    const url = new URL(database.url);
    url.pathname = `/${name}`;
    const instances = [createDb(url.toString()), createDb(url.toString()), createDb(url.toString())];
    try {
      await expect(Promise.all(instances.map((instance) => runMigrations(instance.db)))).resolves.toHaveLength(3);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await adminQuery(database.url, `drop database if exists ${name} with (force)`);
    }
  });

  it('fails loudly with the SQL error of a broken migration', async () => {
    await migrationsWithOneMore(folder, '9999_broken', 'alter table no_such_table add column x int;');

    await expect(runMigrations(database.db, folder)).rejects.toThrow(/no_such_table/);
  });
});

async function adminQuery(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
