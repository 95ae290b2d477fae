import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Role } from '@/lib/negotiation/roles';
import type { DbExecutor } from '@/server/db/client';
import { delegations, meetingInvitations } from '@/server/db/schema';

export interface PendingInvitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  delegationName: string | null;
  expiresAt: Date;
}

/** Invitations of the meeting not accepted yet, by email; the caller checks the secretariat role. */
export async function listPendingInvitations({ db, meetingId }: { db: DbExecutor; meetingId: string }): Promise<PendingInvitation[]> {
  return db
    .select({
      id: meetingInvitations.id,
      email: meetingInvitations.email,
      name: meetingInvitations.name,
      role: meetingInvitations.role,
      delegationName: delegations.name,
      expiresAt: meetingInvitations.expiresAt,
    })
    .from(meetingInvitations)
    .leftJoin(delegations, eq(delegations.id, meetingInvitations.delegationId))
    .where(and(eq(meetingInvitations.meetingId, meetingId), isNull(meetingInvitations.acceptedAt)))
    .orderBy(asc(meetingInvitations.email));
}
