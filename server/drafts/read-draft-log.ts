import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { draftSnapshots, draftUpdates } from '@/server/db/schema';

export interface DraftLog {
  /** The compacted snapshot, undefined if the draft has none. */
  snapshot: { state: Uint8Array; throughUpdateId: number } | undefined;
  /** The log rows after the snapshot, in id order. */
  rows: Array<{ id: number; update: Uint8Array }>;
}

/**
 * What a draft's document is made of, as stored: its compacted snapshot and the log rows after
 * it, unapplied. `throughUpdateId` bounds the rows read (used by compaction).
 */
export async function readDraftLog({
  db,
  draftId,
  throughUpdateId,
}: {
  db: DbExecutor;
  draftId: string;
  throughUpdateId?: number;
}): Promise<DraftLog> {
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
  return { snapshot, rows };
}
