import { and, eq } from 'drizzle-orm';
import type { Role } from '@/lib/negotiation/roles';
import type { DbExecutor } from '@/server/db/client';
import { delegations, drafts, memberships, type Draft } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';

export interface DraftAccess {
  draft: Draft;
  meetingId: string;
  role: Role;
  /** The member's own delegation, or null (secretariat, chair, viewers without one). */
  delegationId: string | null;
  /**
   * Ids of the meeting's delegations that may act now (not retired). The secretariat may act on
   * behalf of any of these; CHAIR_DELEGATION is not a row and is not included.
   */
  knownDelegations: string[];
}

/** Who this user is in the draft's meeting. Null when the draft does not exist or they are not a member. */
export async function resolveDraftAccess({
  db,
  userId,
  draftId,
}: {
  db: DbExecutor;
  userId: string;
  draftId: string;
}): Promise<DraftAccess | null> {
  if (!isUuid(draftId) || !isUuid(userId)) return null;
  const [row] = await db
    .select({ draft: drafts, role: memberships.role, delegationId: memberships.delegationId })
    .from(drafts)
    .innerJoin(memberships, and(eq(memberships.meetingId, drafts.meetingId), eq(memberships.userId, userId)))
    .where(eq(drafts.id, draftId))
    .limit(1);
  if (!row) return null;
  const active = await db
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.meetingId, row.draft.meetingId), eq(delegations.retired, false)));
  return {
    draft: row.draft,
    meetingId: row.draft.meetingId,
    role: row.role,
    delegationId: row.delegationId,
    knownDelegations: active.map((delegation) => delegation.id),
  };
}
