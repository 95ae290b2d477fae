import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { StartedDatabase } from '@/server/db/start-database';

export interface ClusterFolders {
  /** A fresh folder for this test file, for data folders and the template cache. */
  readonly root: string;
  /** Where this file's template clusters are kept (under `root`). */
  readonly templateCacheDir: string;
  /** Stops `database` after the file's tests. */
  track(database: StartedDatabase): StartedDatabase;
}

/**
 * A temporary folder for a test file that starts embedded clusters from a template of its own;
 * every tracked cluster is stopped and the folder removed after the file's tests.
 */
export function useClusterFolders(prefix: string): ClusterFolders {
  let root = '';
  const started: StartedDatabase[] = [];
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), prefix));
    // As root, PostgreSQL runs as the postgres user, who must be able to reach each data folder.
    await chmod(root, 0o711);
  });
  afterAll(async () => {
    for (const database of started) await database.stop();
    await rm(root, { recursive: true, force: true });
  });
  return {
    get root() {
      return root;
    },
    get templateCacheDir() {
      return path.join(root, 'cache');
    },
    track(database) {
      started.push(database);
      return database;
    },
  };
}
