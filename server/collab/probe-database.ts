import type { DraftStore } from './draft-store';

/** As long as the health check waits for the database. */
const PING_TIMEOUT_MS = 2_000;

/** Whether the database answers a probe within PING_TIMEOUT_MS (a lost network may never answer). */
export async function probeDatabase({ store }: { store: DraftStore }): Promise<boolean> {
  if (!store.ping) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  const answered = store.ping().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
