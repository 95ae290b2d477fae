import type { Role } from '@/lib/negotiation/roles';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { DbExecutor } from '@/server/db/client';
import { meetingInvitations } from '@/server/db/schema';
import { INVITATION_LIFETIME_MS, newInvitationCode } from './invitation-code';

export interface CreatedInvitation {
  invitationId: string;
  /** Shown once to the secretariat, who passes it to the person; only its hash is stored. */
  code: string;
  expiresAt: Date;
}

/**
 * Offers an existing account a place in the meeting. The caller (addParticipant) has checked the
 * secretariat role, the delegation and that the email is neither a participant nor invited yet.
 */
export async function createInvitation({
  db,
  userId,
  meetingId,
  email,
  name,
  role,
  delegationId,
  now = new Date(),
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  email: string;
  name: string;
  role: Role;
  delegationId: string | null;
  now?: Date;
}): Promise<CreatedInvitation> {
  const { code, codeHash } = newInvitationCode();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const [row] = await db
    .insert(meetingInvitations)
    .values({ meetingId, email, name, role, delegationId, codeHash, createdBy: userId, expiresAt })
    .returning({ id: meetingInvitations.id });
  if (!row) throw new Error(`the invitation of ${email} was not stored`);
  await recordAuditEvent({
    db,
    event: { meetingId, userId, action: 'participant.invite', details: { invitation: row.id, email, role, delegation: delegationId, expiresAt: expiresAt.toISOString() } },
  });
  return { invitationId: row.id, code, expiresAt };
}
