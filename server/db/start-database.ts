import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, chmod, chown, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadPostgresBinaries, type PostgresBinaries } from './embedded/binaries';
import { findFreePort } from './embedded/free-port';
import { initCluster } from './embedded/init-cluster';
import { makeSocketDirectory } from './embedded/make-socket-directory';
import { ensurePostgresUser, type RunAs } from './embedded/postgres-user';
import { releaseStaleLock } from './embedded/stale-lock';
import { supervisePostgres } from './embedded/supervise-postgres';
import { waitUntilReady } from './embedded/wait-until-ready';
import { migrationsFolder } from './migrate';

export interface StartDatabaseOptions {
  /** Embedded data lives in <dataDir>/pg; its password in <dataDir>/pg-password; its log in <dataDir>/pg.log. */
  dataDir: string;
  /** Set: use this server and start nothing. */
  databaseUrl?: string;
  /** Trade durability for speed (fsync off). For throwaway test clusters only. */
  ephemeral?: boolean;
  /**
   * Where the template cluster that new clusters are copied from is kept (made by initdb on the
   * first need). Default: node_modules/.cache/concord beside the PostgreSQL binaries; null: run
   * initdb for every new cluster.
   */
  templateCacheDir?: string | null;
  /**
   * The migrations the template cluster's copy of the app's database is migrated with (default:
   * drizzle/, as at start-up); a new set makes a new template.
   */
  migrationsFolder?: string;
  log?: (message: string) => void;
  /** Called as each step of the start ends, with its name: where start-up time goes. */
  mark?: (phase: string) => void;
  /**
   * Called once, as soon as the first process of the embedded PostgreSQL's start runs (the
   * making of a new cluster, else the server; at once for DATABASE_URL), saying whether the
   * cluster is new (so its database is empty): the caller's own CPU-bound start-up work then
   * overlaps that work in other processes instead of coming before or after it.
   */
  whilePostgresStarts?: (cluster: { created: boolean }) => void;
  /**
   * The embedded PostgreSQL exited by itself and could not be restarted. Default: log it. An app
   * should exit (with the message), so that whatever supervises it starts it again.
   */
  onGiveUp?: (error: Error) => void;
}

export interface StartedDatabase {
  url: string;
  /** Fast shutdown of the embedded server; waits for it to exit. Idempotent; a no-op for DATABASE_URL. */
  stop(): Promise<void>;
  embedded: boolean;
  /** This start made a new, empty cluster (so the app's database is empty too). */
  created: boolean;
  /** True while the embedded PostgreSQL, having died, is being restarted. */
  restarting(): boolean;
}

const DATABASE_NAME = 'concord';
const SUPERUSER = 'postgres';
const START_ATTEMPTS = 3;

/**
 * Starts the embedded PostgreSQL (or adopts DATABASE_URL). Registers no process-wide handlers:
 * the caller stops it on shutdown. If the app dies without stopping it, the next start finds the
 * orphan through postmaster.pid and shuts it down first.
 */
export async function startDatabase(options: StartDatabaseOptions): Promise<StartedDatabase> {
  if (options.databaseUrl) {
    options.whilePostgresStarts?.({ created: false });
    return { url: options.databaseUrl, stop: async () => undefined, embedded: false, created: false, restarting: () => false };
  }
  const log = options.log ?? ((message: string) => console.log(`[db] ${message}`));
  const mark = options.mark ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const pgDir = path.join(dataDir, 'pg');
  const [binaries, runAs] = await Promise.all([loadPostgresBinaries(), ensurePostgresUser()]);
  await prepareDataDir(dataDir, runAs);

  const ownerFile = path.join(dataDir, 'pg-owner.pid');
  const released = await releaseStaleLock(pgDir, await readOwnerPid(ownerFile));
  if (released === 'stopped-orphan') log('stopped an orphaned PostgreSQL left by a previous run');
  if (released === 'removed-stale-file') log('removed a stale postmaster.pid');

  const templateCacheDir = options.templateCacheDir === undefined ? defaultTemplateCacheDir(binaries) : options.templateCacheDir;
  const whileStarting = onlyOnce((created: boolean) => options.whilePostgresStarts?.({ created }));
  const ephemeral = options.ephemeral ?? false;
  const password = await ensureCluster({
    binaries,
    runAs,
    dataDir,
    pgDir,
    ephemeral,
    templateCacheDir,
    database: DATABASE_NAME,
    migrationsFolder: options.migrationsFolder ?? migrationsFolder(),
    log,
    onSpawned: () => whileStarting(true),
  });
  mark('cluster');
  const socketDir = await makeSocketDirectory(runAs);
  const removeSocketDir = () => rm(socketDir, { recursive: true, force: true });
  const cluster = { binaries, runAs, dataDir, pgDir, password: password.value, ephemeral, socketDir };
  const { child, port } = await launch({ ...cluster, onSpawned: () => whileStarting(password.created) }).catch(async (error: unknown) => {
    await removeSocketDir();
    throw error;
  });
  mark('postgres start');
  await writeFile(ownerFile, `${process.pid}\n`);
  const urlOf = (database: string): string => databaseUrl({ password: password.value, port, socketDir, database });
  // Do not leave a running server behind if the app's database cannot be created.
  await ensureDatabase(urlOf('postgres')).catch(async (error: unknown) => {
    await stopChild(child);
    await removeSocketDir();
    throw error;
  });
  mark('create database');
  log(`embedded PostgreSQL on 127.0.0.1:${port} and ${socketDir} (data: ${pgDir})`);
  const supervision = supervisePostgres({
    child,
    restart: async () => {
      // The dead server's postmaster.pid would stop the new one from starting.
      await releaseStaleLock(pgDir, null);
      return startPostgres({ ...cluster, port });
    },
    stopChild,
    log,
    onGiveUp: options.onGiveUp ?? ((error) => log(error.message)),
  });
  return {
    url: urlOf(DATABASE_NAME),
    stop: once(async () => {
      await supervision.stop();
      await removeSocketDir();
    }),
    embedded: true,
    created: password.created,
    restarting: () => supervision.restarting,
  };
}

async function prepareDataDir(dataDir: string, runAs: RunAs | null): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (!runAs) return;
  // The postgres user must be able to traverse into <dataDir>/pg: grant search permission only.
  const mode = (await stat(dataDir)).mode & 0o7777;
  if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o001);
}

async function ensureCluster(input: {
  binaries: PostgresBinaries;
  runAs: RunAs | null;
  dataDir: string;
  pgDir: string;
  ephemeral: boolean;
  templateCacheDir: string | null;
  database: string;
  migrationsFolder: string;
  log: (message: string) => void;
  onSpawned: () => void;
}): Promise<{ value: string; created: boolean }> {
  const passwordFile = path.join(input.dataDir, 'pg-password');
  if (await exists(path.join(input.pgDir, 'PG_VERSION'))) {
    const saved = await readFile(passwordFile, 'utf8').catch(() => null);
    if (saved === null) throw new Error(`${passwordFile} is missing: cannot connect to the existing cluster in ${input.pgDir}`);
    return { value: saved.trim(), created: false };
  }
  // The new cluster is made beside its place and renamed into it only when complete (password
  // set, files on disk), so an interrupted start leaves nothing a later start would take for a
  // cluster: that one finds no PG_VERSION and starts afresh.
  const fresh = `${input.pgDir}.new`;
  await Promise.all([rm(input.pgDir, { recursive: true, force: true }), rm(fresh, { recursive: true, force: true })]);
  await mkdir(fresh, { mode: 0o700 });
  if (input.runAs) await chown(fresh, input.runAs.uid, input.runAs.gid);
  const password = randomBytes(24).toString('hex');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  input.log(`initialising a new PostgreSQL cluster in ${input.pgDir}`);
  const how = await initCluster({ ...input, pgDir: fresh, password });
  await rename(fresh, input.pgDir);
  if (!input.ephemeral) await syncDirectory(input.dataDir);
  if (how === 'template') input.log('copied from the template cluster (made once by initdb, its database migrated), with a password of its own');
  return { value: password, created: true };
}

async function launch(input: {
  binaries: PostgresBinaries;
  runAs: RunAs | null;
  dataDir: string;
  pgDir: string;
  password: string;
  ephemeral: boolean;
  socketDir: string;
  onSpawned: () => void;
}): Promise<{ child: ChildProcess; port: number }> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = await findFreePort();
    try {
      return { child: await startPostgres({ ...input, port }), port };
    } catch (error) {
      // Most likely another process took the port between probing and binding; try another.
      lastError = error;
    }
  }
  throw lastError;
}

async function startPostgres(input: {
  binaries: PostgresBinaries;
  runAs: RunAs | null;
  dataDir: string;
  pgDir: string;
  password: string;
  ephemeral: boolean;
  socketDir: string;
  port: number;
  onSpawned?: () => void;
}): Promise<ChildProcess> {
  const logPath = path.join(input.dataDir, 'pg.log');
  const logFile = await open(logPath, 'a');
  const flags = [
    '-D', input.pgDir,
    '-p', String(input.port),
    '-c', 'listen_addresses=127.0.0.1',
    // The server's own connections use the socket in its private directory (see
    // makeSocketDirectory); TCP stays for the readiness probe and for tools.
    '-c', `unix_socket_directories=${input.socketDir}`,
    '-c', 'unix_socket_permissions=0700',
    ...(input.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
  // detached: Ctrl+C in the terminal must reach only the app, which then stops the database
  // after flushing; otherwise postgres would shut down while the last updates are being written.
  const child = spawn(input.binaries.postgres, flags, {
    ...(input.runAs ?? {}),
    cwd: os.tmpdir(),
    detached: true,
    stdio: ['ignore', logFile.fd, logFile.fd],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  await logFile.close();
  input.onSpawned?.();
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`PostgreSQL exited during start-up (code ${code}, signal ${signal})`)));
    child.once('error', reject);
  });
  const abandon = new AbortController();
  try {
    await Promise.race([
      waitUntilReady({ port: input.port, user: SUPERUSER, password: input.password, pgDir: input.pgDir, signal: abandon.signal }),
      exited,
    ]);
  } catch (error) {
    abandon.abort();
    child.kill('SIGQUIT');
    const tail = (await readFile(logPath, 'utf8').catch(() => '')).split('\n').slice(-15).join('\n');
    throw new Error(`${(error as Error).message}\n--- ${logPath} (tail) ---\n${tail}`, { cause: error });
  }
  exited.catch(() => undefined);
  return child;
}

/**
 * The URL of one of the cluster's databases, through its Unix socket (`host` in the query names
 * the socket's directory, for pg and libpq alike): a query's round trip through it costs the
 * kernel far less than one through loopback TCP, and every accepted keystroke makes one.
 */
function databaseUrl({ password, port, socketDir, database }: { password: string; port: number; socketDir: string; database: string }): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?host=${encodeURIComponent(socketDir)}`;
}

async function ensureDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(DATABASE_NAME)}`);
  } finally {
    await client.end();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const escalate = setTimeout(() => child.kill('SIGQUIT'), 30_000);
    child.once('exit', () => {
      clearTimeout(escalate);
      resolve();
    });
    // SIGINT = PostgreSQL's fast shutdown: disconnect sessions, checkpoint, exit.
    child.kill('SIGINT');
  });
}

/** Makes a rename in `directory` survive a crash. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** node_modules/.cache/concord of the install the binaries come from; null outside node_modules. */
function defaultTemplateCacheDir(binaries: PostgresBinaries): string | null {
  const parts = binaries.initdb.split(path.sep);
  const nodeModules = parts.lastIndexOf('node_modules');
  return nodeModules < 0 ? null : path.join(parts.slice(0, nodeModules + 1).join(path.sep), '.cache', 'concord');
}

async function readOwnerPid(file: string): Promise<number | null> {
  const content = await readFile(file, 'utf8').catch(() => '');
  const pid = Number.parseInt(content, 10);
  return Number.isFinite(pid) && pid > 0 ? pid : null;
}

function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function onlyOnce<T>(fn: (value: T) => void): (value: T) => void {
  let called = false;
  return (value) => {
    if (called) return;
    called = true;
    fn(value);
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}
