import { createHash, randomBytes } from 'node:crypto';
import { chown, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostgresBinaries } from './binaries';
import type { RunAs } from './postgres-user';
import { runToCompletion } from './run-to-completion';
import { syncDataDirectory } from './sync-data-directory';

/** What every Concord cluster is initialised with; part of the template's name, so a change makes a new one. */
export const INITDB_FLAGS = ['--username=postgres', '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'] as const;

/**
 * Returns the data directory of a template cluster under `cacheDir`, running initdb once per
 * machine and PostgreSQL build to make it. initdb is most of the time a fresh data folder costs
 * (it bootstraps the catalogs by running postgres several times over); copying its result is a
 * fraction of that, and a cluster that was never started is the same, byte for byte, whoever
 * copies it. The template is never started as a server. Its superuser's password is random and
 * thrown away at once: every copy sets its own before its first start.
 *
 * The template is built in a folder of its own, written to disk, then renamed into place, so a
 * crash or a concurrent start (two test workers) never leaves a half-made template where another
 * start would copy it; the loser of a race removes its folder and uses the winner's.
 */
export async function ensureClusterTemplate({
  binaries,
  runAs,
  cacheDir,
  onSpawned,
}: {
  binaries: PostgresBinaries;
  runAs: RunAs | null;
  cacheDir: string;
  /** Called as initdb runs. */
  onSpawned?: () => void;
}): Promise<string> {
  const template = path.join(cacheDir, `postgres-template-${await templateKey(binaries)}`);
  const pgDir = path.join(template, 'pg');
  if (await isDirectory(pgDir)) return pgDir;

  await mkdir(cacheDir, { recursive: true });
  const building = path.join(cacheDir, `.building-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(building, { mode: 0o755 });
  try {
    if (runAs) await chown(building, runAs.uid, runAs.gid);
    const passwordFile = path.join(building, 'throwaway-password');
    await writeFile(passwordFile, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
    if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
    const buildingPgDir = path.join(building, 'pg');
    await runToCompletion({
      command: binaries.initdb,
      args: [`--pgdata=${buildingPgDir}`, `--pwfile=${passwordFile}`, ...INITDB_FLAGS, '--no-sync'],
      runAs,
      onSpawned,
    });
    await rm(passwordFile);
    await syncDataDirectory({ binaries, runAs, pgDir: buildingPgDir });
    await rename(building, template).catch(async (error: NodeJS.ErrnoException) => {
      // Another start finished its template first: theirs is as good as ours.
      if ((error.code === 'ENOTEMPTY' || error.code === 'EEXIST') && (await isDirectory(pgDir))) return;
      throw error;
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return pgDir;
}

/** Changes with the PostgreSQL build (reinstalled, upgraded) and with the initdb flags. */
async function templateKey(binaries: PostgresBinaries): Promise<string> {
  const [initdb, postgres] = await Promise.all([stat(binaries.initdb), stat(binaries.postgres)]);
  const identity = [binaries.initdb, initdb.size, initdb.mtimeMs, binaries.postgres, postgres.size, postgres.mtimeMs, ...INITDB_FLAGS].join('\n');
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}

async function isDirectory(directory: string): Promise<boolean> {
  return stat(directory).then(
    (found) => found.isDirectory(),
    () => false,
  );
}
