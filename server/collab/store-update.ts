import type { DraftStore } from './draft-store';
import { probeDatabase } from './probe-database';
import type { RoomCounters } from './room-counters';

export type StoreOutcome = 'stored' | 'failed' | 'unreachable';

export interface StoreUpdateOptions {
  store: DraftStore;
  entry: Parameters<DraftStore['append']>[0];
  counters: RoomCounters;
  logError(message: string, error?: unknown): void;
}

/**
 * Appends one update to the draft's log. A failure is retried once if the database answers (a
 * connection it had dropped); 'unreachable' when it does not answer, 'failed' when it answers
 * but refuses the row.
 */
export async function storeUpdate({ store, entry, counters, logError }: StoreUpdateOptions): Promise<StoreOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.append(entry);
      return 'stored';
    } catch (error) {
      counters.storeFailures++;
      logError(`[collab] draft ${entry.draftId}: could not store an update`, error);
      if (!(await probeDatabase({ store }))) return 'unreachable';
      if (attempt >= 2) return 'failed';
    }
  }
}
