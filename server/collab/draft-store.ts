import { sql } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { Database } from '@/server/db/client';
import { compactDraft } from '@/server/drafts/compact-draft';
import { draftLockName } from '@/server/drafts/draft-lock';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { readDraftSnapshot } from '@/server/drafts/read-draft-snapshot';
import { readDraftIdentities, type DraftIdentities } from '@/server/drafts/read-draft-identities';

/**
 * A draft as loaded for a room. Either its stored bytes alone, when they are the whole of it (a
 * compacted draft with nothing logged since): the room builds the document from them when it
 * first needs it, and answers a newcomer with them meanwhile. Or its document, with the stored
 * bytes it was built from when they are the whole of it, else null.
 */
export type LoadedDraft = { doc: null; state: Uint8Array } | { doc: Y.Doc; state: Uint8Array | null };

/** Where a draft's Yjs state lives. Every accepted update is appended before it is broadcast. */
export interface DraftStore {
  /** The draft's whole state as one Yjs update (compacted state plus the log after it). */
  load(draftId: string): Promise<Uint8Array>;
  /** The draft for a room, read once (a store without it is read through `load`). */
  loadDoc?(draftId: string): Promise<LoadedDraft>;
  append(entry: { draftId: string; update: Uint8Array; userId: string; delegationId: string | null }): Promise<void>;
  /** Folds the update log into a compacted state; called when a room unloads. */
  compact(draftId: string): Promise<void>;
  /** Resolves when the database answers; rejects when it cannot be reached. */
  ping?(): Promise<void>;
  /** Who wrote with each client id and who made each proposal, from the update log. */
  loadIdentities?(draftId: string): Promise<DraftIdentities>;
}

/**
 * The append of server/drafts/append-draft-update, as a named statement sent through the pool:
 * every accepted keystroke waits for it, and PostgreSQL then plans it once per connection rather
 * than for each row, without a query builder in between. Same lock, same row.
 */
const APPEND_UPDATE = {
  name: 'collab-append-update',
  text: `with draft_lock as (select pg_advisory_xact_lock_shared(hashtextextended($1, 0)))
    insert into draft_updates (draft_id, update, user_id, delegation_id)
    select $2::uuid, $3::bytea, $4::uuid, $5::text from draft_lock`,
};

export function createDatabaseDraftStore(db: Database): DraftStore {
  return {
    load: (draftId) => loadDraftState({ db, draftId }),
    loadDoc: async (draftId) => {
      const snapshot = await readDraftSnapshot({ db, draftId });
      // Nothing logged since the snapshot: the room builds the document itself, when needed.
      if (snapshot && !snapshot.rowsAfter) return { doc: null, state: snapshot.state };
      const loaded = await loadDraftDoc({ db, draftId });
      return { doc: loaded.doc, state: loaded.updatesAfterSnapshot === 0 ? loaded.snapshotState : null };
    },
    append: async ({ draftId, update, userId, delegationId }) => {
      const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
      const result = await db.$client.query({ ...APPEND_UPDATE, values: [draftLockName(draftId), draftId, bytes, userId, delegationId] });
      if (result.rowCount !== 1) throw new Error(`draft update for ${draftId} was not stored`);
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
