import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { waitFor } from '@/test-support/collab/wait-for';
import { supervisePostgres } from './supervise-postgres';

function fakeChild(): ChildProcess {
  return new EventEmitter() as ChildProcess;
}

describe('supervising the embedded PostgreSQL', () => {
  it('gives up with a sentence after its attempts, so that the app can exit and be restarted', async () => {
    const child = fakeChild();
    let tried = 0;
    const givenUp: Error[] = [];
    const supervision = supervisePostgres({
      child,
      restart: () => {
        tried++;
        return Promise.reject(new Error('pre-existing shared memory block is still in use'));
      },
      stopChild: () => Promise.resolve(),
      log: () => undefined,
      onGiveUp: (error) => givenUp.push(error),
      attempts: 3,
      firstDelayMs: 1,
    });
    child.emit('exit', null, 'SIGKILL');
    expect(supervision.restarting).toBe(true);
    await waitFor(() => givenUp.length > 0, 'it gives up');
    await waitFor(() => !supervision.restarting, 'no longer restarting');
    expect(tried).toBe(3);
    expect(givenUp[0]?.message).toMatch(/could not be restarted after 3 attempts: pre-existing shared memory/);
  });

  it('does not restart a postgres it was asked to stop', async () => {
    const child = fakeChild();
    let tried = 0;
    const supervision = supervisePostgres({
      child,
      restart: () => {
        tried++;
        return Promise.resolve(fakeChild());
      },
      stopChild: (stopped) => {
        stopped.emit('exit', 0, null);
        return Promise.resolve();
      },
      log: () => undefined,
      onGiveUp: () => undefined,
      firstDelayMs: 1,
    });
    await supervision.stop();
    expect(tried).toBe(0);
  });
});
