import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import pg from 'pg';
import type { PostgresBinaries } from './binaries';
import { makeSocketDirectory } from './make-socket-directory';
import type { RunAs } from './postgres-user';
import { waitUntilReady } from './wait-until-ready';

export interface MigrateTemplateDatabaseOptions {
  binaries: PostgresBinaries;
  runAs: RunAs | null;
  /** The template cluster, made by initdb and never started yet. */
  pgDir: string;
  /** Its superuser's password, known only to this build. */
  password: string;
  /** The app's database, created in the template and migrated. */
  database: string;
  migrationsFolder: string;
}

/** The superuser initdb made (INITDB_FLAGS). */
const SUPERUSER = 'postgres';
/** The socket's file name holds a port number; alone in its folder, any will do. */
const PORT = 5432;
const STOP_TIMEOUT_MS = 30_000;

/**
 * Creates the app's database in the template cluster and runs the migrations on it, so that a
 * copy starts with a database that only needs checking, not making. The template is started as
 * a server once, for this, where nothing else can reach it: no TCP, and its Unix socket in a
 * folder of its own (mode 0700) that only its owner can enter; so neither another local user nor
 * a build running at the same moment can connect to it or collide with its port. It runs with
 * fsync off: the caller writes the whole folder to disk once the server has stopped cleanly
 * (fast shutdown ends with a checkpoint, so the copies start without recovery).
 */
export async function migrateTemplateDatabase(options: MigrateTemplateDatabaseOptions): Promise<void> {
  const socketDir = await makeSocketDirectory(options.runAs);
  try {
    const server = startPrivateServer({ ...options, socketDir });
    const connection = { host: socketDir, port: PORT, user: SUPERUSER, password: options.password };
    try {
      await Promise.race([waitUntilReady({ ...connection, pgDir: options.pgDir, signal: server.abandon.signal }), server.exited]);
      await createDatabase({ ...connection, database: options.database });
      const url = `postgres://${SUPERUSER}:${encodeURIComponent(options.password)}@localhost:${PORT}/${options.database}?host=${encodeURIComponent(socketDir)}`;
      // Loaded only here: a start that copies an existing template needs neither.
      const [{ createDb }, { runMigrations }] = await Promise.all([import('../client'), import('../migrate')]);
      const handle = createDb(url, { max: 2 });
      try {
        await Promise.race([runMigrations(handle.db, options.migrationsFolder), server.exited]);
      } finally {
        await handle.close();
      }
    } catch (error) {
      server.abandon.abort();
      await stopServer(server.child).catch(() => undefined);
      throw error;
    }
    server.abandon.abort();
    await stopServer(server.child);
  } finally {
    await rm(socketDir, { recursive: true, force: true });
  }
}

function startPrivateServer(input: MigrateTemplateDatabaseOptions & { socketDir: string }): {
  child: ChildProcess;
  exited: Promise<never>;
  abandon: AbortController;
} {
  const flags = [
    '-D', input.pgDir,
    '-p', String(PORT),
    '-c', 'listen_addresses=',
    '-c', `unix_socket_directories=${input.socketDir}`,
    '-c', 'unix_socket_permissions=0700',
    '-c', 'fsync=off',
    '-c', 'synchronous_commit=off',
    '-c', 'autovacuum=off',
  ];
  const child = spawn(input.binaries.postgres, flags, {
    ...(input.runAs ?? {}),
    cwd: os.tmpdir(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const abandon = new AbortController();
  const exited = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!abandon.signal.aborted) reject(new Error(`the template cluster's PostgreSQL exited (code ${code}, signal ${signal}):\n${output}`));
    });
  });
  exited.catch(() => undefined);
  return { child, exited, abandon };
}

async function createDatabase({ database, ...connection }: pg.ClientConfig & { database: string }): Promise<void> {
  const client = new pg.Client({ ...connection, database: 'postgres' });
  await client.connect();
  try {
    // file_copy: copies template1's files as they are, rather than writing all of them to the WAL too.
    await client.query(`create database ${client.escapeIdentifier(database)} strategy file_copy`);
  } finally {
    await client.end();
  }
}

/** Fast shutdown, which ends with a checkpoint: the cluster is left clean. */
function stopServer(child: ChildProcess): Promise<void> {
  // One that stopped by itself may not have left the cluster clean.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.reject(new Error("the template cluster's PostgreSQL stopped before it was asked to"));
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(new Error(`the template cluster's PostgreSQL did not stop within ${STOP_TIMEOUT_MS / 1000} s`));
    }, STOP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      if (code === 0) resolve();
      else reject(new Error(`the template cluster's PostgreSQL stopped with code ${code}`));
    });
    child.kill('SIGINT');
  });
}
