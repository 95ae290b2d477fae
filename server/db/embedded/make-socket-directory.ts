import { chown, mkdtemp, readdir, rmdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunAs } from './postgres-user';

/** The longest socket path Linux takes (sun_path holds 108 bytes, the last one a NUL). */
const MAX_SOCKET_PATH = 107;
/** What PostgreSQL adds to the directory: `/.s.PGSQL.<port>.lock`, port up to 5 digits. */
const SOCKET_FILE = '/.s.PGSQL.65535.lock';
/** `concord-pg-<pid of the app that made it>-<random>`. */
const PREFIX = 'concord-pg-';
const OWNED = /^concord-pg-(\d+)-/;

/**
 * A private directory (mode 0700, as mkdtemp makes it, owned by whoever runs postgres) for an
 * embedded cluster's Unix socket, in the temporary folder, or in /tmp when the temporary folder's
 * path is too long for a socket. Its own directory per server started, so that clusters started
 * side by side (tests, two data folders, a template being built) never meet over one socket name,
 * and only the owner can reach the socket.
 *
 * The app removes its directory when it stops; one that was killed cannot. The name carries the
 * app's process id, so each new one also removes, in the background, the empty directories left
 * by apps that no longer run (never one whose app may still be starting its server).
 */
export async function makeSocketDirectory(runAs: RunAs | null): Promise<string> {
  const fits = (parent: string): boolean => Buffer.byteLength(path.join(parent, `${PREFIX}4194304-XXXXXX`)) + SOCKET_FILE.length <= MAX_SOCKET_PATH;
  const parent = fits(os.tmpdir()) ? os.tmpdir() : '/tmp';
  const directory = await mkdtemp(path.join(parent, `${PREFIX}${process.pid}-`));
  if (runAs) await chown(directory, runAs.uid, runAs.gid);
  void removeAbandonedDirectories(parent);
  return directory;
}

/** Removes the empty socket directories of apps that are gone; returns how many it removed. */
export async function removeAbandonedDirectories(parent: string): Promise<number> {
  let removed = 0;
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(OWNED.exec(name)?.[1]);
    if (!Number.isInteger(pid) || isRunning(pid)) continue;
    // rmdir removes only an empty directory: a socket still in it means a server still uses it.
    if (await rmdir(path.join(parent, name)).then(() => true, () => false)) removed++;
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
