import { and, eq, inArray, isNull } from 'drizzle-orm';
import { say } from '@/lib/i18n/server-sentences';
import { listError, type ListError } from '@/lib/setup/list-columns';
import { readParticipantList, type ParticipantListRow } from '@/lib/setup/read-participant-list';
import type { DbExecutor } from '@/server/db/client';
import { delegations, meetingInvitations, memberships, users } from '@/server/db/schema';
import { addParticipant, type AddedParticipant } from './add-participant';
import { refuseListWith } from './list-refused';
import { requireSecretariat } from './require-secretariat';
import { participantInput } from './setup-inputs';

/**
 * Adds a whole list of participants (pasted or uploaded CSV) in one transaction, each by the
 * rules of adding one person: a new email gets an account and an initial password, an email that
 * already has an account gets an invitation code. If any line has a problem (already a
 * participant, already invited, an unknown or retired delegation, a repeated email), nothing is
 * saved and every problem names its line. The passwords and codes come back to be shown once.
 */
export async function addParticipantList({
  db,
  userId,
  meetingId,
  text,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  text: string;
}): Promise<AddedParticipant[]> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const known = await tx
      .select({ id: delegations.id, name: delegations.name, shortName: delegations.shortName, retired: delegations.retired })
      .from(delegations)
      .where(eq(delegations.meetingId, meetingId));
    const { rows, errors } = readParticipantList(text, known);
    refuseListWith([...errors, ...(await findClashes(tx, meetingId, rows))], 'participants');
    const added: AddedParticipant[] = [];
    for (const row of rows) {
      const fields = participantInput.parse({ email: row.email, name: row.name, role: row.role, delegationId: row.delegationId ?? '' });
      added.push(await addParticipant({ db: tx, userId, meetingId, fields }));
    }
    return added;
  });
}

/** Lines whose email is not valid, already a participant of the meeting, or already invited to it. */
async function findClashes(db: DbExecutor, meetingId: string, rows: readonly ParticipantListRow[]): Promise<ListError[]> {
  const problems: ListError[] = [];
  for (const row of rows) {
    const parsed = participantInput.shape.email.safeParse(row.email);
    if (!parsed.success) problems.push(listError(row.line, say('server.setup.line.notAnEmail', { email: row.email })));
  }
  const emails = rows.map((row) => row.email);
  if (emails.length === 0) return problems;
  const members = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.meetingId, meetingId)))
    .where(inArray(users.email, emails));
  const invited = await db
    .select({ email: meetingInvitations.email })
    .from(meetingInvitations)
    .where(and(eq(meetingInvitations.meetingId, meetingId), inArray(meetingInvitations.email, emails), isNull(meetingInvitations.acceptedAt)));
  const memberByEmail = new Map(members.map((member) => [member.email, member.name]));
  const invitedEmails = new Set(invited.map((invitation) => invitation.email));
  for (const row of rows) {
    const member = memberByEmail.get(row.email);
    if (member) problems.push(listError(row.line, say('server.setup.line.alreadyParticipant', { name: member, email: row.email })));
    else if (invitedEmails.has(row.email)) problems.push(listError(row.line, say('server.setup.line.alreadyInvited', { email: row.email })));
  }
  return problems;
}
