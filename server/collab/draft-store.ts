import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { appendDraftUpdate } from '@/server/drafts/append-draft-update';
import { compactDraft } from '@/server/drafts/compact-draft';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { readDraftIdentities, type DraftIdentities } from '@/server/drafts/read-draft-identities';

/** Where a draft's Yjs state lives. Every accepted update is appended before it is broadcast. */
export interface DraftStore {
  /** The draft's whole state as one Yjs update (compacted state plus the log after it). */
  load(draftId: string): Promise<Uint8Array>;
  append(entry: { draftId: string; update: Uint8Array; userId: string; delegationId: string | null }): Promise<void>;
  /** Folds the update log into a compacted state; called when a room unloads. */
  compact(draftId: string): Promise<void>;
  /** Resolves when the database answers; rejects when it cannot be reached. */
  ping?(): Promise<void>;
  /** Who wrote with each client id and who made each proposal, from the update log. */
  loadIdentities?(draftId: string): Promise<DraftIdentities>;
}

export function createDatabaseDraftStore(db: Database): DraftStore {
  return {
    load: (draftId) => loadDraftState({ db, draftId }),
    append: async ({ draftId, update, userId, delegationId }) => {
      await appendDraftUpdate({ db, draftId, update, userId, delegationId });
    },
    compact: async (draftId) => {
      await compactDraft({ db, draftId });
    },
    loadIdentities: (draftId) => readDraftIdentities({ db, draftId }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
  };
}
