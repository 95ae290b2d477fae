import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryOnce as query } from '@/test-support/db/query-once';
import { useClusterFolders } from '@/test-support/db/use-cluster-folders';
import { startDatabase } from '../start-database';

/** The same server, signed into with someone else's password. */
function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

describe('new clusters from the template cluster', () => {
  const folders = useClusterFolders('concord-template-');

  async function start(name: string, options: { ephemeral?: boolean; templateCacheDir?: string | null } = {}) {
    const messages: string[] = [];
    const dataDir = path.join(folders.root, name);
    const database = folders.track(
      await startDatabase({ dataDir, templateCacheDir: folders.templateCacheDir, ephemeral: true, ...options, log: (message) => messages.push(message) }),
    );
    return { database, messages, dataDir };
  }

  it('makes the template once, then gives each data folder a working, durable copy with a password of its own', async () => {
    const first = await start('first', { ephemeral: false });
    const second = await start('second', { ephemeral: false });
    expect(first.messages.join('\n')).toMatch(/copied from the template cluster/);
    expect(second.messages.join('\n')).toMatch(/copied from the template cluster/);
    // One template, and no half-built one left behind.
    expect(await readdir(folders.templateCacheDir)).toEqual([expect.stringMatching(/^postgres-template-[0-9a-f]{16}$/)]);

    for (const { database } of [first, second]) {
      await query(database.url, 'create table minutes (line text)');
      await query(database.url, "insert into minutes values ('adopted')");
      expect((await query(database.url, 'select line from minutes')).rows).toEqual([{ line: 'adopted' }]);
      expect((await query(database.url, 'show fsync')).rows).toEqual([{ fsync: 'on' }]);
    }
    const firstPassword = (await readFile(path.join(first.dataDir, 'pg-password'), 'utf8')).trim();
    const secondPassword = (await readFile(path.join(second.dataDir, 'pg-password'), 'utf8')).trim();
    expect(firstPassword).not.toBe(secondPassword);
    await expect(query(withPassword(second.database.url, firstPassword), 'select 1')).rejects.toThrow(/password authentication failed/);
    // The copy's own folder is in place and the one it was built in is gone.
    expect((await readdir(first.dataDir)).sort()).toEqual(['pg', 'pg-owner.pid', 'pg-password', 'pg.log']);
  });

  it('starts afresh over a cluster whose making was interrupted', async () => {
    const dataDir = path.join(folders.root, 'interrupted');
    await mkdir(path.join(dataDir, 'pg.new'), { recursive: true });
    await writeFile(path.join(dataDir, 'pg.new', 'PG_VERSION'), '18\n');
    const { database } = await start('interrupted');
    expect((await query(database.url, 'select 1 as one')).rows).toEqual([{ one: 1 }]);
    expect(await readdir(dataDir)).not.toContain('pg.new');
  });

  it('runs initdb when no template can be kept, and says why', async () => {
    const blocked = path.join(folders.root, 'not-a-folder');
    await writeFile(blocked, 'a file where the cache folder should be');
    const { database, messages } = await start('without-template', { templateCacheDir: path.join(blocked, 'cache') });
    expect(messages.join('\n')).toMatch(/could not use the template cluster .*; running initdb instead/);
    expect((await query(database.url, 'select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('runs initdb without a template when told to keep none', async () => {
    const { database, messages } = await start('initdb-only', { templateCacheDir: null });
    expect(messages.join('\n')).not.toMatch(/template cluster/);
    expect((await query(database.url, 'select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('says whether the cluster is new, as PostgreSQL starts and once it has', async () => {
    const heard: Array<{ created: boolean }> = [];
    const dataDir = path.join(folders.root, 'again');
    const { templateCacheDir } = folders;
    const first = await startDatabase({ dataDir, templateCacheDir, ephemeral: true, log: () => undefined, whilePostgresStarts: (cluster) => heard.push(cluster) });
    expect(first.created).toBe(true);
    await first.stop();
    const second = folders.track(
      await startDatabase({ dataDir, templateCacheDir, ephemeral: true, log: () => undefined, whilePostgresStarts: (cluster) => heard.push(cluster) }),
    );
    expect(second.created).toBe(false);
    expect(heard).toEqual([{ created: true }, { created: false }]);
  });
});
