import { and, asc, eq, gt, lte } from 'drizzle-orm';
import * as Y from 'yjs';
import type { DbExecutor } from '@/server/db/client';
import { draftSnapshots, draftUpdates } from '@/server/db/schema';

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
 * `throughUpdateId` bounds the rows read (used by compaction).
 */
export async function loadDraftDoc({
  db,
  draftId,
  throughUpdateId,
}: {
  db: DbExecutor;
  draftId: string;
  throughUpdateId?: number;
}): Promise<LoadedDraftDoc> {
  const [snapshot] = await db
    .select({ state: draftSnapshots.state, throughUpdateId: draftSnapshots.throughUpdateId })
    .from(draftSnapshots)
    .where(eq(draftSnapshots.draftId, draftId))
    .limit(1);
  const after = snapshot?.throughUpdateId ?? 0;
  const rows = await db
    .select({ id: draftUpdates.id, update: draftUpdates.update })
    .from(draftUpdates)
    .where(
      and(
        eq(draftUpdates.draftId, draftId),
        gt(draftUpdates.id, after),
        throughUpdateId === undefined ? undefined : lte(draftUpdates.id, throughUpdateId),
      ),
    )
    .orderBy(asc(draftUpdates.id));
  const doc = new Y.Doc();
  doc.transact(() => {
    if (snapshot) Y.applyUpdate(doc, snapshot.state);
    for (const row of rows) Y.applyUpdate(doc, row.update);
  });
  return { doc, lastUpdateId: rows.at(-1)?.id ?? after, updatesAfterSnapshot: rows.length, snapshotState: snapshot?.state ?? null };
}
