import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProcessAlive } from './embedded/process-state';
import { waitFor } from '@/test-support/collab/wait-for';
import { queryOnce as query } from '@/test-support/db/query-once';
import { startDatabase, type StartedDatabase } from './start-database';

const quiet = { ephemeral: true, log: () => undefined };

async function postmasterPid(dataDir: string): Promise<number> {
  const content = await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
  return Number.parseInt(content.split('\n')[0] ?? '', 10);
}

/** Starts the database in a separate node process and returns once it printed its URL. */
function startInChildProcess(dataDir: string): Promise<{ url: string; kill: () => Promise<void> }> {
  const fixture = path.join(__dirname, 'embedded', 'start-and-hang.fixture.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (!line) return;
      const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
      const kill = async () => {
        child.kill('SIGKILL');
        await exited;
      };
      resolve({ url: (JSON.parse(line) as { url: string }).url, kill });
    });
    child.once('exit', (code) => reject(new Error(`fixture exited early (code ${code}): ${errors}`)));
  });
}

describe('startDatabase (embedded)', () => {
  let dataDir: string;
  let running: StartedDatabase | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'concord-start-db-'));
  });

  afterAll(async () => {
    await running?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps data across a stop and a restart', async () => {
    running = await startDatabase({ dataDir, ...quiet });
    expect(running.embedded).toBe(true);
    await query(running.url, 'create table kept (value text)');
    await query(running.url, 'insert into kept values ($1)', ['Vienna']);
    await running.stop();
    await running.stop();

    running = await startDatabase({ dataDir, ...quiet });
    const result = await query(running.url, 'select value from kept');
    expect(result.rows).toEqual([{ value: 'Vienna' }]);
    await running.stop();
    running = undefined;
  });

  it("serves the app's connections through a Unix socket in a private folder, removed when it stops", async () => {
    running = await startDatabase({ dataDir, ...quiet });
    const socketDir = new URL(running.url).searchParams.get('host');
    expect(socketDir).toMatch(/concord-pg-/);
    const folder = await stat(socketDir ?? '');
    expect(folder.mode & 0o777).toBe(0o700);
    // Through the socket: the server reports no client address for a Unix-socket connection.
    const result = await query(running.url, 'select inet_client_addr() as address');
    expect(result.rows).toEqual([{ address: null }]);
    await running.stop();
    running = undefined;
    await expect(stat(socketDir ?? '')).rejects.toThrow(/ENOENT/);
  });

  it('stops a postgres orphaned by a killed app, then starts with the data intact', async () => {
    const child = await startInChildProcess(dataDir);
    await query(child.url, 'insert into kept values ($1)', ['orphaned write']);
    const orphanPid = await postmasterPid(dataDir);
    // While its app is alive, the cluster is in use and must not be taken over.
    await expect(startDatabase({ dataDir, ...quiet })).rejects.toThrow(/in use/);
    await child.kill();
    // The app is gone but its postgres survives: it runs in its own process group.
    expect(isProcessAlive(orphanPid)).toBe(true);

    running = await startDatabase({ dataDir, ...quiet });
    expect(isProcessAlive(orphanPid)).toBe(false);
    const result = await query(running.url, 'select value from kept order by value');
    expect(result.rows.map((row: { value: string }) => row.value)).toEqual(['Vienna', 'orphaned write'].sort());
    await running.stop();
    running = undefined;
  });

  it('removes a postmaster.pid whose process is dead', async () => {
    const exited = spawn(process.execPath, ['-e', '0']);
    const deadPid = exited.pid ?? 0;
    await new Promise((resolve) => exited.once('exit', resolve));
    const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
    await writeFile(pidFile, `${deadPid}\n${path.join(dataDir, 'pg')}\n0\n5432\n\n127.0.0.1\n0 0\nready\n`);

    running = await startDatabase({ dataDir, ...quiet });
    const result = await query(running.url, 'select count(*)::int as count from kept');
    expect(result.rows[0]).toEqual({ count: 2 });
  });

  it('restarts the embedded PostgreSQL killed under it, on the same address, with the data intact', async () => {
    await running?.stop();
    const messages: string[] = [];
    // Durable settings: an ephemeral cluster (synchronous_commit off) may lose its last commit to a kill.
    running = await startDatabase({ dataDir, ephemeral: false, log: (message) => messages.push(message) });
    const pool = new pg.Pool({ connectionString: running.url, max: 2 });
    pool.on('error', () => undefined);
    try {
      await pool.query('insert into kept values ($1)', ['before the kill']);
      const killed = await postmasterPid(dataDir);
      process.kill(killed, 'SIGKILL');
      const database = running;
      // While it restarts, the app answers 503 (server/http/answer-database-away.ts).
      await waitFor(() => database.restarting(), 'the restart is under way');
      await waitFor(() => !isProcessAlive(killed), 'postgres is gone');
      // The pool that served the app before the kill serves it again, without being told.
      await waitFor(
        () => pool.query('select value from kept').then(() => true, () => false),
        () => `postgres is back (log: ${messages.join(' | ')})`,
        30_000,
      );
      const result = await pool.query<{ value: string }>('select value from kept order by value');
      expect(result.rows.map((row) => row.value)).toContain('before the kill');
      expect(await postmasterPid(dataDir)).not.toBe(killed);
      await waitFor(() => /exited unexpectedly[^]*restarted/.test(messages.join('\n')), 'the log says what happened');
      expect(database.restarting()).toBe(false);
    } finally {
      await pool.end();
    }
    await running.stop();
    running = undefined;
  }, 60_000);

  it('adopts DATABASE_URL without starting anything', async () => {
    const adopted = await startDatabase({ dataDir: '/nonexistent', databaseUrl: 'postgres://example/concord' });
    expect(adopted).toMatchObject({ url: 'postgres://example/concord', embedded: false });
    await adopted.stop();
  });
});
