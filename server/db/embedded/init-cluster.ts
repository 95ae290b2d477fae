import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import type { PostgresBinaries } from './binaries';
import { ensureClusterTemplate, INITDB_FLAGS } from './ensure-cluster-template';
import type { RunAs } from './postgres-user';
import { runToCompletion } from './run-to-completion';
import { syncDataDirectory } from './sync-data-directory';

export interface InitClusterOptions {
  binaries: PostgresBinaries;
  runAs: RunAs | null;
  /** An empty directory, mode 0700, owned by `runAs`. */
  pgDir: string;
  /** The superuser's password in the new cluster (hex: it goes into SQL as a literal). */
  password: string;
  /** A throwaway test cluster: nothing needs to reach the disk. */
  ephemeral: boolean;
  /** Where the template cluster is kept; null: run initdb every time. */
  templateCacheDir: string | null;
  /** The app's database, which a copy of the template already holds, migrated from `migrationsFolder`. */
  database: string;
  migrationsFolder: string;
  log: (message: string) => void;
  /** Called as each of the processes making the cluster (initdb, the copy, …) runs. */
  onSpawned?: () => void;
}

/**
 * Makes a new cluster in `pgDir`: a copy of the machine's template cluster, which holds the app's
 * database already migrated (and no rows), when there is one (or one can be made); else initdb,
 * which leaves the database to be created and migrated by the start. Either way, before it
 * returns, the superuser has this cluster's own password and, unless ephemeral, every file is on
 * disk.
 */
export async function initCluster(options: InitClusterOptions): Promise<'template' | 'initdb'> {
  if (!/^[0-9a-f]+$/.test(options.password)) throw new Error('the new cluster\'s password must be hex digits');
  if (options.templateCacheDir) {
    try {
      await copyTemplate({ ...options, templateCacheDir: options.templateCacheDir });
      return 'template';
    } catch (error) {
      options.log(`could not use the template cluster (${(error as Error).message.split('\n')[0]}); running initdb instead`);
      await emptyDirectory(options);
    }
  }
  await runInitdb(options);
  return 'initdb';
}

/**
 * One shell runs the three steps as the postgres user, so that this process's own start-up work
 * (Next.js loading its build) never holds up the step after the next:
 * - the copy: -R takes each mode from the template's (folders 0700, files 0600; the umask can
 *   only narrow them), and the files belong to whoever copies them, the postgres user. Not
 *   copying owners, times and extended attributes (-a) halves the copy's system calls, and
 *   PostgreSQL needs none of them. `/.` copies into the existing (empty) directory;
 * - the password, in single-user mode: set before any server of this cluster listens, so the
 *   template's (random, already thrown away) never opens a door. fsync off: the next step
 *   writes everything to disk, once;
 * - unless ephemeral, every file to disk (see syncDataDirectory).
 */
const COPY_SCRIPT = [
  'cp -R "$1/." "$2"',
  '"$3" --single -D "$2" -c fsync=off -c exit_on_error=on postgres',
  '{ [ "$5" = ephemeral ] || "$4" --sync-only --sync-method=syncfs --pgdata="$2"; }',
].join(' && ');

async function copyTemplate(options: InitClusterOptions & { templateCacheDir: string }): Promise<void> {
  const { binaries, runAs, pgDir } = options;
  const template = await ensureClusterTemplate({
    binaries,
    runAs,
    cacheDir: options.templateCacheDir,
    database: options.database,
    migrationsFolder: options.migrationsFolder,
    onSpawned: options.onSpawned,
  });
  await runToCompletion({
    command: 'sh',
    args: ['-c', COPY_SCRIPT, 'copy-cluster', template, pgDir, binaries.postgres, binaries.initdb, options.ephemeral ? 'ephemeral' : 'durable'],
    runAs,
    // Read by the single-user postgres only: cp reads no input.
    input: `ALTER ROLE postgres PASSWORD '${options.password}';\n`,
    onSpawned: options.onSpawned,
  });
}

async function runInitdb(options: InitClusterOptions): Promise<void> {
  const passwordFile = `${options.pgDir}.initdb-password-${process.pid}`;
  await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
  if (options.runAs) await chown(passwordFile, options.runAs.uid, options.runAs.gid);
  try {
    await runToCompletion({
      command: options.binaries.initdb,
      args: [`--pgdata=${options.pgDir}`, `--pwfile=${passwordFile}`, ...INITDB_FLAGS, '--no-sync'],
      runAs: options.runAs,
      onSpawned: options.onSpawned,
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
  if (!options.ephemeral) await syncDataDirectory(options);
}

async function emptyDirectory({ pgDir, runAs }: InitClusterOptions): Promise<void> {
  await rm(pgDir, { recursive: true, force: true });
  await mkdir(pgDir, { mode: 0o700 });
  if (runAs) await chown(pgDir, runAs.uid, runAs.gid);
}
