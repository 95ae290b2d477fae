import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSocketDirectory, removeAbandonedDirectories } from './make-socket-directory';

/** The process id of a process that has exited: nothing runs under it (until the system reuses it). */
async function pidOfAnEndedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('no process id');
  return child.pid;
}

describe('socket directories of the embedded database', () => {
  const made: string[] = [];
  afterEach(async () => {
    for (const folder of made.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  it("are named for the app's process and private to their owner", async () => {
    const directory = await makeSocketDirectory(null);
    made.push(directory);
    expect(path.basename(directory)).toMatch(new RegExp(`^concord-pg-${process.pid}-`));
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
  });

  it('left empty by an app that is gone are removed; those of running apps, or holding a socket, stay', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'concord-socket-sweep-'));
    made.push(parent);
    const gone = await pidOfAnEndedProcess();
    const folders = {
      abandoned: `concord-pg-${gone}-aaaaaa`,
      stillServing: `concord-pg-${gone}-bbbbbb`,
      running: `concord-pg-${process.pid}-cccccc`,
      unnamed: 'concord-pg-dddddd',
    };
    for (const name of Object.values(folders)) await mkdir(path.join(parent, name));
    await writeFile(path.join(parent, folders.stillServing, '.s.PGSQL.5432'), '');
    expect(await removeAbandonedDirectories(parent)).toBe(1);
    expect((await readdir(parent)).sort()).toEqual([folders.stillServing, folders.running, folders.unnamed].sort());
  });
});
