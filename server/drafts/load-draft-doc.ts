import * as Y from 'yjs';
import type { DbExecutor } from '@/server/db/client';
import { readDraftLog, type DraftLog } from './read-draft-log';

export interface LoadedDraftDoc {
  doc: Y.Doc;
  /** Id of the last update row applied (the snapshot's bound if no later rows), 0 if none. */
  lastUpdateId: number;
  /** How many log rows were applied on top of the snapshot; a hint for when to compact. */
  updatesAfterSnapshot: number;
  /** The compacted snapshot's bytes, null if the draft has none. */
  snapshotState: Uint8Array | null;
}

/**
 * Rebuilds a draft's Y.Doc: the compacted snapshot, then every later log row in id order.
 * Applying to a Y.Doc is linear; Y.mergeUpdates is superlinear on long logs (yjs#710).
 * `throughUpdateId` bounds the rows read (used by compaction); `log`, when the caller already
 * read it (see readDraftLog), spares reading it again.
 */
export async function loadDraftDoc({
  db,
  draftId,
  throughUpdateId,
  log,
}: {
  db: DbExecutor;
  draftId: string;
  throughUpdateId?: number;
  log?: DraftLog;
}): Promise<LoadedDraftDoc> {
  const { snapshot, rows } = log ?? (await readDraftLog({ db, draftId, throughUpdateId }));
  const doc = new Y.Doc();
  doc.transact(() => {
    if (snapshot) Y.applyUpdate(doc, snapshot.state);
    for (const row of rows) Y.applyUpdate(doc, row.update);
  });
  const after = snapshot?.throughUpdateId ?? 0;
  return { doc, lastUpdateId: rows.at(-1)?.id ?? after, updatesAfterSnapshot: rows.length, snapshotState: snapshot?.state ?? null };
}
