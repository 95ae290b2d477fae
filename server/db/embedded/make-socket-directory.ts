import { chown, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunAs } from './postgres-user';

/** The longest socket path Linux takes (sun_path holds 108 bytes, the last one a NUL). */
const MAX_SOCKET_PATH = 107;
/** What PostgreSQL adds to the directory: `/.s.PGSQL.<port>.lock`, port up to 5 digits. */
const SOCKET_FILE = '/.s.PGSQL.65535.lock';

/**
 * A private directory (mode 0700, as mkdtemp makes it, owned by whoever runs postgres) for an
 * embedded cluster's Unix socket, in the temporary folder, or in /tmp when the temporary folder's
 * path is too long for a socket. Its own directory per server started, so that clusters started
 * side by side (tests, two data folders, a template being built) never meet over one socket name,
 * and only the owner can reach the socket.
 */
export async function makeSocketDirectory(runAs: RunAs | null): Promise<string> {
  const fits = (parent: string): boolean => Buffer.byteLength(path.join(parent, 'concord-pg-XXXXXX')) + SOCKET_FILE.length <= MAX_SOCKET_PATH;
  const parent = fits(os.tmpdir()) ? os.tmpdir() : '/tmp';
  const directory = await mkdtemp(path.join(parent, 'concord-pg-'));
  if (runAs) await chown(directory, runAs.uid, runAs.gid);
  return directory;
}
