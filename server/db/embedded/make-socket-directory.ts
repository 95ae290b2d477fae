import { chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunAs } from './postgres-user';

/** The longest socket path Linux takes (sun_path holds 108 bytes, the last one a NUL). */
const MAX_SOCKET_PATH = 107;
/** What PostgreSQL adds to the directory: `/.s.PGSQL.<port>.lock`, port up to 5 digits. */
const SOCKET_FILE_LENGTH = '/.s.PGSQL.65535.lock'.length;

/**
 * A private directory (mode 0700, owned by whoever runs postgres) for the embedded cluster's
 * Unix socket, or null when the system's temporary folder has too long a path for one. The
 * server talks to its own database through it: a query's round trip through a Unix socket costs
 * the kernel far less than one through loopback TCP, and every accepted keystroke makes one.
 * Its own directory per start, so that clusters started side by side (tests, two data folders)
 * never meet over one socket name.
 */
export async function makeSocketDirectory(runAs: RunAs | null): Promise<string | null> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'concord-pg-'));
  if (Buffer.byteLength(directory) + SOCKET_FILE_LENGTH > MAX_SOCKET_PATH) {
    await rm(directory, { recursive: true, force: true });
    return null;
  }
  if (runAs) await chown(directory, runAs.uid, runAs.gid);
  return directory;
}
