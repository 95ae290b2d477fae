/**
 * Runs tasks one after another. Every write to a room goes through one of these, so that
 * "validate, store, apply, broadcast" of one update never interleaves with another's.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T> | T): Promise<T>;
  /** Resolves once every task queued so far has finished. */
  idle(): Promise<void>;
  readonly pending: number;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(task: () => Promise<T> | T): Promise<T> {
      pending++;
      const result = tail.then(task).finally(() => {
        pending--;
      });
      // A failed task must not stop the ones after it.
      tail = result.catch(() => undefined);
      return result;
    },
    idle: () => tail.then(() => undefined),
    get pending() {
      return pending;
    },
  };
}
