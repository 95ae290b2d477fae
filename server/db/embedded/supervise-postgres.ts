import type { ChildProcess } from 'node:child_process';

export interface PostgresSupervision {
  /** True from an unexpected exit until postgres is back (or given up on). */
  readonly restarting: boolean;
  /** Stops the current postgres (fast shutdown) and restarts nothing after it. */
  stop(): Promise<void>;
}

export interface SupervisePostgresInput {
  child: ChildProcess;
  /** Starts postgres again on the same port and data, so that the URL everyone holds stays valid. */
  restart(): Promise<ChildProcess>;
  /** Gracefully stops a postgres this supervision started. */
  stopChild(child: ChildProcess): Promise<void>;
  log(message: string): void;
  /** Restarting failed every time: the app cannot serve without its database. */
  onGiveUp(error: Error): void;
  /** Attempts after one unexpected exit, and the wait before the first (doubling after each). */
  attempts?: number;
  firstDelayMs?: number;
}

const ATTEMPTS = 6;
const FIRST_DELAY_MS = 250;

/**
 * Restarts the embedded PostgreSQL when it exits without being asked (killed, crashed), so that
 * the app does not answer every request with an error until someone restarts it. Until it is
 * back, requests that need the database answer 503. The first attempts may fail while backends
 * of the dead server still hold its shared memory; they exit on their own, hence the retries.
 */
export function supervisePostgres(input: SupervisePostgresInput): PostgresSupervision {
  const attempts = input.attempts ?? ATTEMPTS;
  const firstDelayMs = input.firstDelayMs ?? FIRST_DELAY_MS;
  let current = input.child;
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const watch = (child: ChildProcess): void => {
    child.once('exit', (code, signal) => {
      if (stopping || child !== current) return;
      input.log(`embedded PostgreSQL exited unexpectedly (code ${code}, signal ${signal}); restarting it`);
      restarting = restart().finally(() => {
        restarting = undefined;
      });
    });
  };

  const restart = async (): Promise<void> => {
    let lastError: unknown;
    for (let attempt = 1, delay = firstDelayMs; attempt <= attempts; attempt++, delay *= 2) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (stopping) return;
      try {
        const child = await input.restart();
        if (stopping) {
          await input.stopChild(child);
          return;
        }
        current = child;
        watch(child);
        input.log(`embedded PostgreSQL restarted (attempt ${attempt})`);
        return;
      } catch (error) {
        lastError = error;
      }
    }
    const reason = lastError instanceof Error ? lastError.message : String(lastError);
    input.onGiveUp(new Error(`the embedded PostgreSQL exited and could not be restarted after ${attempts} attempts: ${reason}`));
  };

  watch(current);
  return {
    get restarting() {
      return restarting !== undefined;
    },
    stop: async () => {
      stopping = true;
      await restarting;
      await input.stopChild(current);
    },
  };
}
