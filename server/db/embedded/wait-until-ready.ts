import path from 'node:path';
import pg from 'pg';

export interface ReadinessProbe {
  /** Default 127.0.0.1; a directory: the Unix socket in it. */
  host?: string;
  port: number;
  user: string;
  password: string;
  /** The data directory our server was started on; another server on the same port is not ours. */
  pgDir: string;
  signal: AbortSignal;
  timeoutMs?: number;
}

const READY_POLL_MS = 10;

/**
 * Polls until OUR server accepts our credentials, with a bounded deadline. Checking the data
 * directory matters: the port was free when probed, but another cluster (a parallel test run)
 * may have bound it first, and that one would answer too.
 */
export async function waitUntilReady(probe: ReadinessProbe): Promise<void> {
  const deadline = Date.now() + (probe.timeoutMs ?? 60_000);
  for (;;) {
    if (probe.signal.aborted) throw new Error('start-up abandoned');
    const dataDirectory = await queryDataDirectory(probe).catch((error: unknown) => {
      if (Date.now() > deadline) {
        throw new Error(`PostgreSQL did not accept connections ${probe.host ? `on its socket in ${probe.host}` : `on port ${probe.port}`}`, { cause: error });
      }
      return null;
    });
    if (dataDirectory !== null) {
      if (path.resolve(dataDirectory) === path.resolve(probe.pgDir)) return;
      throw new Error(`port ${probe.port} is served by another PostgreSQL (${dataDirectory})`);
    }
    // A refused connection costs next to nothing; a fresh cluster is usually ready within a
    // few tenths of a second, and every millisecond waited past that delays the first page.
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}

async function queryDataDirectory(probe: ReadinessProbe): Promise<string> {
  const client = new pg.Client({
    host: probe.host ?? '127.0.0.1',
    port: probe.port,
    user: probe.user,
    password: probe.password,
    database: 'postgres',
    connectionTimeoutMillis: 5_000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const result = await client.query<{ setting: string }>(
      "select setting from pg_settings where name = 'data_directory'",
    );
    return result.rows[0]?.setting ?? '';
  } finally {
    await client.end().catch(() => undefined);
  }
}
