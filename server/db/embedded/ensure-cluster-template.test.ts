import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsWithOneMore } from '@/test-support/db/migrations-with-one-more';
import { queryOnce as query } from '@/test-support/db/query-once';
import { useClusterFolders } from '@/test-support/db/use-cluster-folders';
import { createDb } from '../client';
import { migrationsFolder, runMigrations } from '../migrate';
import { startDatabase, type StartedDatabase } from '../start-database';

async function appliedMigrations(url: string): Promise<number> {
  const result = await query(url, 'select count(*)::int as count from drizzle.__drizzle_migrations');
  return (result.rows[0] as { count: number }).count;
}

async function journalLength(folder: string): Promise<number> {
  const journal = JSON.parse(await readFile(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

describe('the template cluster holds the app database, migrated', () => {
  const folders = useClusterFolders('concord-template-db-');

  async function start(name: string, options: { migrationsFolder?: string; templateCacheDir?: string } = {}): Promise<StartedDatabase> {
    const dataDir = path.join(folders.root, name);
    return folders.track(await startDatabase({ dataDir, templateCacheDir: folders.templateCacheDir, ephemeral: true, log: () => undefined, ...options }));
  }

  it('gives a new cluster the database with every migration applied and no rows, so start-up finds nothing to migrate', async () => {
    const database = await start('migrated');
    expect(database.created).toBe(true);
    expect(await appliedMigrations(database.url)).toBe(await journalLength(migrationsFolder()));
    expect((await query(database.url, 'select count(*)::int as count from meetings')).rows).toEqual([{ count: 0 }]);

    const handle = createDb(database.url, { max: 2 });
    try {
      await runMigrations(handle.db);
    } finally {
      await handle.close();
    }
    expect(await appliedMigrations(database.url)).toBe(await journalLength(migrationsFolder()));
  });

  it("gives a copy's files to the user PostgreSQL runs as, readable by no one else", async () => {
    const database = await start('private');
    const pgDir = path.join(folders.root, 'private', 'pg');
    const owner = await stat(pgDir);
    const entries = await readdir(pgDir, { recursive: true });
    expect(entries.length).toBeGreaterThan(1000);
    for (const entry of entries) {
      const found = await stat(path.join(pgDir, entry));
      expect({ entry, uid: found.uid, otherBits: found.mode & 0o077 }).toEqual({ entry, uid: owner.uid, otherBits: 0 });
    }
    expect((await query(database.url, 'select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('makes one template for starts racing on an empty cache, and leaves no half-made one', async () => {
    const racingCache = path.join(folders.root, 'racing-cache');
    const [first, second] = await Promise.all([start('racer-1', { templateCacheDir: racingCache }), start('racer-2', { templateCacheDir: racingCache })]);
    for (const database of [first, second]) expect(await appliedMigrations(database.url)).toBeGreaterThan(0);
    expect(await readdir(racingCache)).toEqual([expect.stringMatching(/^postgres-template-[0-9a-f]{16}$/)]);
  });

  it('gives each copy a database of its own: what one writes, neither the others nor later copies see', async () => {
    const first = await start('independent-1');
    const second = await start('independent-2');
    await query(first.url, "insert into users (email, name, password_hash) values ('chair@example.org', 'Chair', 'not a hash')");
    await query(first.url, 'create table first_only (line text)');
    const later = await start('independent-3');
    for (const other of [second, later]) {
      expect((await query(other.url, 'select count(*)::int as count from users')).rows).toEqual([{ count: 0 }]);
      expect((await query(other.url, "select to_regclass('first_only') as found")).rows).toEqual([{ found: null }]);
    }
  });

  it('makes a new template when the migrations change, and copies it for the new set only', async () => {
    const folder = path.join(folders.root, 'migrations-with-one-more');
    const migrations = await migrationsWithOneMore(folder, '9999_session_notes', 'create table session_notes (line text);');

    const before = await readdir(folders.templateCacheDir);
    const withNewMigration = await start('new-migration', { migrationsFolder: folder });
    const after = await readdir(folders.templateCacheDir);
    expect(after).toHaveLength(before.length + 1);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(await appliedMigrations(withNewMigration.url)).toBe(migrations);
    expect((await query(withNewMigration.url, "select to_regclass('session_notes') as found")).rows).toEqual([{ found: 'session_notes' }]);

    const withoutIt = await start('old-migrations');
    expect((await query(withoutIt.url, "select to_regclass('session_notes') as found")).rows).toEqual([{ found: null }]);
  });
});
