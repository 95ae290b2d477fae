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
  log: (message: string) => void;
  /** Called as each of the processes making the cluster (initdb, the copy, …) runs. */
  onSpawned?: () => void;
}

/**
 * Makes a new, empty cluster in `pgDir`: a copy of the machine's template cluster when there is
 * one (or one can be made), else initdb as before. Either way, before it returns, the superuser
 * has this cluster's own password and, unless ephemeral, every file is on disk.
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

async function copyTemplate(options: InitClusterOptions & { templateCacheDir: string }): Promise<void> {
  const { binaries, runAs, pgDir } = options;
  const template = await ensureClusterTemplate({ binaries, runAs, cacheDir: options.templateCacheDir, onSpawned: options.onSpawned });
  // -a keeps modes and, as root, the postgres user's ownership; `/.` copies into the existing directory.
  await runToCompletion({ command: 'cp', args: ['-a', `${template}/.`, pgDir], runAs: null, onSpawned: options.onSpawned });
  // Single-user mode: the password is set before any server of this cluster listens, so the
  // template's (already thrown away) never opens a door. fsync off: everything is written
  // to disk just below, once.
  await runToCompletion({
    command: binaries.postgres,
    args: ['--single', '-D', pgDir, '-c', 'fsync=off', '-c', 'exit_on_error=on', 'postgres'],
    runAs,
    input: `ALTER ROLE postgres PASSWORD '${options.password}';\n`,
    onSpawned: options.onSpawned,
  });
  if (!options.ephemeral) await syncDataDirectory({ binaries, runAs, pgDir });
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
