import { sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Database } from '@/server/db/client';
import { draftSnapshots } from '@/server/db/schema';
import { draftLockKey } from './draft-lock';
import { loadDraftDoc } from './load-draft-doc';

export interface CompactDraftResult {
  /** The snapshot now covers every log row with id <= throughUpdateId. */
  throughUpdateId: number;
  /** Rows folded into the snapshot by this call (0: nothing to do). */
  compactedUpdates: number;
}

/**
 * Folds the log into the draft's snapshot. The log rows are KEPT: they are the attribution
 * history (who sent which change as which delegation); loading reads snapshot + later rows only.
 */
export async function compactDraft({ db, draftId }: { db: Database; draftId: string }): Promise<CompactDraftResult> {
  const bound = await readCommittedBound(db, draftId);
  const { doc, lastUpdateId, updatesAfterSnapshot } = await loadDraftDoc({ db, draftId, throughUpdateId: bound });
  try {
    if (updatesAfterSnapshot === 0) return { throughUpdateId: lastUpdateId, compactedUpdates: 0 };
    const state = Y.encodeStateAsUpdate(doc);
    // A concurrent compaction may already have written a newer snapshot; never move backwards.
    await db
      .insert(draftSnapshots)
      .values({ draftId, state, throughUpdateId: lastUpdateId, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: draftSnapshots.draftId,
        set: { state, throughUpdateId: lastUpdateId, updatedAt: new Date() },
        setWhere: sql`${draftSnapshots.throughUpdateId} < ${lastUpdateId}`,
      });
    return { throughUpdateId: lastUpdateId, compactedUpdates: updatesAfterSnapshot };
  } finally {
    doc.destroy();
  }
}

/** The highest log id below which every append has committed (see draft-lock.ts). */
async function readCommittedBound(db: Database, draftId: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${draftLockKey(draftId)})`);
    const result = await tx.execute<{ max: string | null }>(
      sql`select max(id) as max from draft_updates where draft_id = ${draftId}`,
    );
    return Number(result.rows[0]?.max ?? 0);
  });
}
