import { sql } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';

export interface DelegationReferences {
  /** The delegation appears in a draft's record: a proposal, a position, an update sent as it, or an audited act. */
  inRecord: boolean;
  comments: number;
  participants: number;
}

/**
 * Where the meeting's record mentions a delegation. Proposals, positions and proposed paragraphs
 * carry the delegation's id inside the Yjs data (mark attributes, map keys and values are stored
 * as UTF-8 strings), so a byte search of the never-deleted update log, the compacted states and
 * the revisions finds every one — including those written into a draft's initial state.
 */
export async function findDelegationReferences({
  db,
  meetingId,
  delegationId,
}: {
  db: DbExecutor;
  meetingId: string;
  delegationId: string;
}): Promise<DelegationReferences> {
  const needle = sql`convert_to(${delegationId}, 'UTF8')`;
  const result = await db.execute<{ in_record: boolean; comments: string; participants: string }>(sql`
    select
      (
        exists (select 1 from draft_updates u join drafts d on d.id = u.draft_id
                where d.meeting_id = ${meetingId} and (u.delegation_id = ${delegationId} or position(${needle} in u.update) > 0))
        or exists (select 1 from draft_snapshots s join drafts d on d.id = s.draft_id
                   where d.meeting_id = ${meetingId} and position(${needle} in s.state) > 0)
        or exists (select 1 from revisions r join drafts d on d.id = r.draft_id
                   where d.meeting_id = ${meetingId} and position(${needle} in r.state) > 0)
        or exists (select 1 from audit_events a where a.meeting_id = ${meetingId} and a.delegation_id = ${delegationId})
      ) as in_record,
      (select count(*) from comments c join drafts d on d.id = c.draft_id
       where d.meeting_id = ${meetingId} and c.delegation_id = ${delegationId}) as comments,
      (select count(*) from memberships m where m.meeting_id = ${meetingId} and m.delegation_id = ${delegationId}) as participants
  `);
  const row = result.rows[0];
  return {
    inRecord: row?.in_record === true,
    comments: Number(row?.comments ?? 0),
    participants: Number(row?.participants ?? 0),
  };
}
