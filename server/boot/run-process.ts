/** What a process's start-up registers as it brings things up. */
export interface ProcessLifecycle {
  /**
   * Registers how to stop something just started. Steps run in reverse order of registration —
   * the last thing started is stopped first, the database last — and a failing step is logged
   * without keeping the others from running.
   */
  onStop(stop: () => Promise<void>): void;
  /** Something the process cannot run without failed after start-up: log it, stop, exit 1. */
  fail(what: string, error: unknown): void;
}

/**
 * Runs a server process (server/main.ts, server/collab/main.ts) so that every way it ends stops
 * what it started, above all the embedded PostgreSQL, which would otherwise keep running without
 * its owner and hold DATA_DIR's lock:
 * - SIGINT / SIGTERM: stop, exit 0;
 * - a start-up failure, an uncaught exception or an unhandled rejection: log it, stop, exit 1.
 * The handlers are installed before `start` runs, so a crash half-way through start-up still
 * stops what was already started.
 */
export function runProcess({ name, start }: { name: string; start: (lifecycle: ProcessLifecycle) => Promise<void> }): void {
  const stops: Array<() => Promise<void>> = [];
  let stopping = false;
  let exitCode = 0;

  const stopAndExit = async (code: number): Promise<void> => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    for (const stop of stops.splice(0).reverse()) {
      await stop().catch((error: unknown) => console.error(`[${name}] while stopping:`, error));
    }
    process.exit(exitCode);
  };
  const fatal = (what: string) => (error: unknown) => {
    console.error(`[${name}] fatal: ${what}; stopping and exiting with status 1.`, error);
    void stopAndExit(1);
  };

  process.on('SIGINT', () => void stopAndExit(0));
  process.on('SIGTERM', () => void stopAndExit(0));
  process.on('uncaughtException', fatal('uncaught exception'));
  process.on('unhandledRejection', fatal('unhandled promise rejection'));

  start({ onStop: (stop) => void stops.push(stop), fail: (what, error) => fatal(what)(error) }).catch(fatal('could not start'));
}
