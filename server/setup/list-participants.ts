import { asc, eq } from 'drizzle-orm';
import type { Role } from '@/lib/negotiation/roles';
import type { DbExecutor } from '@/server/db/client';
import { delegations, memberships, users } from '@/server/db/schema';

export interface Participant {
  userId: string;
  email: string;
  name: string;
  role: Role;
  delegationId: string | null;
  delegationName: string | null;
  /** This meeting's secretariat created the account and its owner has not chosen a password yet. */
  hasInitialPasswordFromHere: boolean;
}

/** The meeting's participants, by delegation then name (secretariat, chair and viewers without one first). */
export async function listParticipants({ db, meetingId }: { db: DbExecutor; meetingId: string }): Promise<Participant[]> {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      delegationId: memberships.delegationId,
      delegationName: delegations.name,
      mustChangePassword: users.mustChangePassword,
      createdInMeetingId: users.createdInMeetingId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(delegations, eq(delegations.id, memberships.delegationId))
    .where(eq(memberships.meetingId, meetingId))
    .orderBy(asc(delegations.name), asc(users.name));
  return rows.map(({ mustChangePassword, createdInMeetingId, ...person }) => ({
    ...person,
    hasInitialPasswordFromHere: mustChangePassword && createdInMeetingId === meetingId,
  }));
}
