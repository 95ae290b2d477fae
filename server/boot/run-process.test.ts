import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs crash.fixture.ts in its own node process; `whenStarted` runs once it printed "started". */
function runFixture(ending: string, whenStarted?: (pid: number) => void): Promise<Ended> {
  const fixture = path.join(__dirname, 'crash.fixture.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, ending], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (whenStarted && stdout.includes('started') && child.pid !== undefined) {
      whenStarted(child.pid);
      whenStarted = undefined;
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

const STOPPED_IN_ORDER = 'stopped server\nstopped database\n';

describe('runProcess', () => {
  it('stops everything, the database last, and exits 1 on an uncaught exception', async () => {
    const ended = await runFixture('exception');
    expect(ended.code).toBe(1);
    expect(ended.stderr).toContain('[fixture] fatal: uncaught exception; stopping and exiting with status 1.');
    expect(ended.stderr).toContain('a bug in a timer');
    expect(ended.stdout).toBe(`started\n${STOPPED_IN_ORDER}`);
  });

  it('does the same on an unhandled rejection', async () => {
    const ended = await runFixture('rejection');
    expect(ended.code).toBe(1);
    expect(ended.stderr).toContain('[fixture] fatal: unhandled promise rejection; stopping and exiting with status 1.');
    expect(ended.stderr).toContain('a forgotten promise');
    expect(ended.stdout).toBe(`started\n${STOPPED_IN_ORDER}`);
  });

  it('stops what was already started and exits 1 when start-up fails', async () => {
    const ended = await runFixture('start-failure');
    expect(ended.code).toBe(1);
    expect(ended.stderr).toContain('[fixture] fatal: could not start; stopping and exiting with status 1.');
    expect(ended.stderr).toContain('the port is taken');
    expect(ended.stdout).toBe(STOPPED_IN_ORDER);
  });

  it('stops everything and exits 0 on SIGTERM', async () => {
    const ended = await runFixture('signal', (pid) => process.kill(pid, 'SIGTERM'));
    expect(ended.code).toBe(0);
    expect(ended.stderr).toBe('');
    expect(ended.stdout).toBe(`started\n${STOPPED_IN_ORDER}`);
  });
});
