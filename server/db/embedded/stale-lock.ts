import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive, readCommandLine, readParentPid, waitForExit } from './process-state';

/**
 * Clears what a crashed run left behind in `pgDir`, before we start PostgreSQL again:
 * - postmaster.pid naming a live postgres for this data directory (the app was killed and its
 *   postgres orphaned): stop it with a fast shutdown and wait for it to exit;
 * - postmaster.pid naming a dead process, or a recycled pid that is not our postgres: remove it,
 *   since postgres refuses to start while the pid in it belongs to any live process.
 * A postgres whose parent is still `ownerPid` (the process that started it, recorded at start) is
 * not an orphan: another live instance is using this data directory, and we refuse to start.
 * Returns what it did, for the log.
 */
export async function releaseStaleLock(
  pgDir: string,
  ownerPid: number | null,
): Promise<'none' | 'stopped-orphan' | 'removed-stale-file'> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => null);
  if (content === null) return 'none';
  const [pidLine = '', dataDirLine = ''] = content.split('\n');
  // A negative pid marks a single-user backend; the process is the same either way.
  const pid = Math.abs(Number.parseInt(pidLine, 10));
  if (Number.isFinite(pid) && pid > 0 && isOurPostgres(pid, pgDir, dataDirLine)) {
    // A dead parent's children are re-parented, so parent === owner means the owner is alive.
    if (ownerPid !== null && readParentPid(pid) === ownerPid) {
      throw new Error(`${pgDir} is in use by PostgreSQL (pid ${pid}) of a running process (pid ${ownerPid}); stop it or use another DATA_DIR`);
    }
    await stopOrphan(pid);
    await rm(pidFile, { force: true });
    return 'stopped-orphan';
  }
  await rm(pidFile, { force: true });
  return 'removed-stale-file';
}

function isOurPostgres(pid: number, pgDir: string, dataDirLine: string): boolean {
  if (!isProcessAlive(pid)) return false;
  if (path.resolve(dataDirLine.trim()) !== path.resolve(pgDir)) return false;
  const argv = readCommandLine(pid);
  // Without /proc, trust the pid file's own data directory line.
  if (argv === null) return true;
  const program = path.basename(argv[0] ?? '');
  const dataFlag = argv.indexOf('-D');
  const dataDir = dataFlag >= 0 ? argv[dataFlag + 1] : undefined;
  return program.startsWith('postgres') && dataDir !== undefined && path.resolve(dataDir) === path.resolve(pgDir);
}

async function stopOrphan(pid: number): Promise<void> {
  // SIGINT is PostgreSQL's "fast" shutdown: abort sessions, checkpoint, exit cleanly.
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return;
  // SIGQUIT is "immediate" shutdown: no checkpoint, crash recovery runs on the next start.
  process.kill(pid, 'SIGQUIT');
  if (await waitForExit(pid, 10_000)) return;
  throw new Error(`orphaned PostgreSQL (pid ${pid}) did not stop; stop it manually`);
}
