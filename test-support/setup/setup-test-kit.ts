import type { Database } from '@/server/db/client';
import { asc, eq } from 'drizzle-orm';
import { auditEvents, memberships } from '@/server/db/schema';
import { createUser } from '@/server/users/create-user';
import type { Role } from '@/lib/negotiation/roles';
import { createMeeting } from '@/server/setup/create-meeting';
import type { MeetingFields } from '@/server/setup/setup-inputs';

/** Fixtures for the setup integration tests (real PostgreSQL from startTestDatabase). */

export const MEETING_FIELDS: MeetingFields = {
  title: 'Twelfth meeting of the Working Group on Trafficking in Persons',
  body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  subsidiaryBody: 'Working Group on Trafficking in Persons',
  session: 'Twelfth meeting',
  venue: 'Vienna',
  startsOn: '2022-06-29',
  endsOn: '2022-06-30',
  symbolPrefix: 'CTOC/COP/WG.4/2022',
  agendaSymbol: 'CTOC/COP/WG.4/2022/1',
};

let counter = 0;

export async function newUser(db: Database, name = 'Officer'): Promise<string> {
  counter += 1;
  const user = await createUser({ db, email: `user${counter}-${Date.now()}@concord.test`, name, password: 'irrelevant-password' });
  return user.id;
}

/** A meeting whose secretariat is a fresh user. */
export async function newMeeting(db: Database): Promise<{ meetingId: string; secretariatId: string }> {
  const secretariatId = await newUser(db, 'Secretariat officer');
  const meeting = await createMeeting({ db, userId: secretariatId, fields: MEETING_FIELDS });
  return { meetingId: meeting.id, secretariatId };
}

export async function addMember(db: Database, meetingId: string, role: Role, delegationId: string | null = null): Promise<string> {
  const userId = await newUser(db, `A ${role}`);
  await db.insert(memberships).values({ userId, meetingId, role, delegationId });
  return userId;
}

/** The meeting's audit events, oldest first. */
export async function meetingAudit(db: Database, meetingId: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.meetingId, meetingId)).orderBy(asc(auditEvents.id));
}
