import { createHash, randomBytes } from 'node:crypto';
import { chown, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostgresBinaries } from './binaries';
import { hashMigrations } from './hash-migrations';
import { migrateTemplateDatabase } from './migrate-template-database';
import type { RunAs } from './postgres-user';
import { runToCompletion } from './run-to-completion';
import { syncDataDirectory } from './sync-data-directory';

/** What every Concord cluster is initialised with; part of the template's name, so a change makes a new one. */
export const INITDB_FLAGS = ['--username=postgres', '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'] as const;

/**
 * Returns the data directory of a template cluster under `cacheDir`, making it once per machine,
 * PostgreSQL build and set of migrations: initdb, then the app's database created and migrated
 * (see migrateTemplateDatabase). That is most of the time a fresh data folder costs (initdb
 * bootstraps the catalogs by running postgres several times over; creating a database and
 * migrating it write and fsync the WAL); copying its result is a fraction of that. The copies
 * are the same, byte for byte, whoever makes them. The template's superuser password is random
 * and thrown away once it is made: every copy sets its own before its first start.
 *
 * The template is built in a folder of its own, written to disk, then renamed into place, so a
 * crash or a concurrent start (two test workers) never leaves a half-made template where another
 * start would copy it; the loser of a race removes its folder and uses the winner's.
 */
export async function ensureClusterTemplate({
  binaries,
  runAs,
  cacheDir,
  database,
  migrationsFolder,
  onSpawned,
}: {
  binaries: PostgresBinaries;
  runAs: RunAs | null;
  cacheDir: string;
  /** The app's database, created in the template and migrated from `migrationsFolder`. */
  database: string;
  migrationsFolder: string;
  /** Called as initdb runs. */
  onSpawned?: () => void;
}): Promise<string> {
  const key = await templateKey({ binaries, database, migrationsFolder });
  const template = path.join(cacheDir, `postgres-template-${key}`);
  const pgDir = path.join(template, 'pg');
  if (await isDirectory(pgDir)) return pgDir;

  await mkdir(cacheDir, { recursive: true });
  const building = path.join(cacheDir, `.building-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(building, { mode: 0o755 });
  try {
    if (runAs) await chown(building, runAs.uid, runAs.gid);
    const password = randomBytes(24).toString('hex');
    const passwordFile = path.join(building, 'throwaway-password');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
    const buildingPgDir = path.join(building, 'pg');
    await runToCompletion({
      command: binaries.initdb,
      args: [`--pgdata=${buildingPgDir}`, `--pwfile=${passwordFile}`, ...INITDB_FLAGS, '--no-sync'],
      runAs,
      onSpawned,
    });
    await rm(passwordFile);
    await migrateTemplateDatabase({ binaries, runAs, pgDir: buildingPgDir, password, database, migrationsFolder });
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

/** Changes with the PostgreSQL build (reinstalled, upgraded), the initdb flags and the migrations. */
async function templateKey({ binaries, database, migrationsFolder }: { binaries: PostgresBinaries; database: string; migrationsFolder: string }): Promise<string> {
  const [initdb, postgres, migrations] = await Promise.all([stat(binaries.initdb), stat(binaries.postgres), hashMigrations({ folder: migrationsFolder })]);
  const identity = [binaries.initdb, initdb.size, initdb.mtimeMs, binaries.postgres, postgres.size, postgres.mtimeMs, ...INITDB_FLAGS, database, migrations].join('\n');
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}

async function isDirectory(directory: string): Promise<boolean> {
  return stat(directory).then(
    (found) => found.isDirectory(),
    () => false,
  );
}
