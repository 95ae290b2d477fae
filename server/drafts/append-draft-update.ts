import { sql } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { draftLockKey } from './draft-lock';

export interface AppendDraftUpdateInput {
  db: DbExecutor;
  draftId: string;
  update: Uint8Array;
  userId: string | null;
  /** A delegation UUID, CHAIR_DELEGATION, or null for system writes. */
  delegationId: string | null;
}

/** Appends one accepted Yjs update to the draft's log and returns its id (log order). */
export async function appendDraftUpdate({
  db,
  draftId,
  update,
  userId,
  delegationId,
}: AppendDraftUpdateInput): Promise<number> {
  // One statement, so the shared lock (see draft-lock.ts) costs no extra round trip.
  const result = await db.execute<{ id: string }>(sql`
    with draft_lock as (select pg_advisory_xact_lock_shared(${draftLockKey(draftId)}))
    insert into draft_updates (draft_id, update, user_id, delegation_id)
    select ${draftId}, ${Buffer.from(update.buffer, update.byteOffset, update.byteLength)}, ${userId}, ${delegationId}
    from draft_lock
    returning id
  `);
  const id = result.rows[0]?.id;
  if (id === undefined) throw new Error(`draft update for ${draftId} was not stored`);
  return Number(id);
}
