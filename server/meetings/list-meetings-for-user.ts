import { desc, eq } from 'drizzle-orm';
import type { Role } from '@/lib/negotiation/roles';
import type { DbExecutor } from '@/server/db/client';
import { delegations, meetings, memberships, type Meeting } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';

export interface MeetingForUser {
  meeting: Meeting;
  role: Role;
  delegation: { id: string; name: string; shortName: string } | null;
}

/** The meetings the user is a member of, most recent first, with their role and delegation. */
export async function listMeetingsForUser({ db, userId }: { db: DbExecutor; userId: string }): Promise<MeetingForUser[]> {
  if (!isUuid(userId)) return [];
  const rows = await db
    .select({
      meeting: meetings,
      role: memberships.role,
      delegationId: delegations.id,
      delegationName: delegations.name,
      delegationShortName: delegations.shortName,
    })
    .from(memberships)
    .innerJoin(meetings, eq(meetings.id, memberships.meetingId))
    .leftJoin(delegations, eq(delegations.id, memberships.delegationId))
    .where(eq(memberships.userId, userId))
    .orderBy(desc(meetings.startsOn), meetings.title);
  return rows.map((row) => ({
    meeting: row.meeting,
    role: row.role,
    delegation:
      row.delegationId && row.delegationName && row.delegationShortName
        ? { id: row.delegationId, name: row.delegationName, shortName: row.delegationShortName }
        : null,
  }));
}
