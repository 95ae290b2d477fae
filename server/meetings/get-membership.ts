import { and, eq } from 'drizzle-orm';
import type { Role } from '@/lib/negotiation/roles';
import type { DbExecutor } from '@/server/db/client';
import { memberships } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';

export interface MembershipRole {
  role: Role;
  delegationId: string | null;
}

/** The user's role in the meeting, read fresh each time so that changes take effect at once. */
export async function getMembership({
  db,
  userId,
  meetingId,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
}): Promise<MembershipRole | null> {
  if (!isUuid(userId) || !isUuid(meetingId)) return null;
  const [row] = await db
    .select({ role: memberships.role, delegationId: memberships.delegationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.meetingId, meetingId)))
    .limit(1);
  return row ?? null;
}
