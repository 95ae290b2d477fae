import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { memberships, users } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { createInvitation } from '@/server/invitations/create-invitation';
import { findPendingInvitation } from '@/server/invitations/find-pending-invitation';
import { getMembership } from '@/server/meetings/get-membership';
import { createUser } from '@/server/users/create-user';
import { normaliseEmail } from '@/server/users/normalise-email';
import { generateInitialPassword } from './generate-initial-password';
import { requireSecretariat } from './require-secretariat';
import { resolveParticipantDelegation } from './resolve-participant-delegation';
import type { ParticipantFields } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';

/**
 * What adding a person did. A new email gets an account, a membership and an initial password,
 * shown once to the secretariat (no mail server is assumed) and never stored in clear; its owner
 * must replace it at first sign-in. An email that already has an account gets an invitation
 * instead: its password may be known to whoever created it (another meeting's secretariat), so
 * it joins only when its owner, signed in, redeems the code.
 */
export type AddedParticipant =
  | { kind: 'account'; userId: string; email: string; name: string; initialPassword: string }
  | { kind: 'invitation'; invitationId: string; email: string; name: string; invitationCode: string; expiresAt: Date };

export async function addParticipant({
  db,
  userId,
  meetingId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  fields: ParticipantFields;
}): Promise<AddedParticipant> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const delegationId = await resolveParticipantDelegation({ db: tx, meetingId, role: fields.role, delegationId: fields.delegationId });
    const email = normaliseEmail(fields.email);
    const [existing] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    if (existing) {
      if (await getMembership({ db: tx, userId: existing.id, meetingId })) {
        throw new AppError('conflict', say('server.setup.line.alreadyParticipant', { name: existing.name, email }));
      }
      if (await findPendingInvitation({ db: tx, meetingId, email })) {
        throw new AppError('conflict', say('server.setup.alreadyInvited', { email }));
      }
      const invitation = await createInvitation({ db: tx, userId, meetingId, email, name: fields.name, role: fields.role, delegationId });
      return { kind: 'invitation', invitationId: invitation.invitationId, email, name: fields.name, invitationCode: invitation.code, expiresAt: invitation.expiresAt };
    }
    const initialPassword = generateInitialPassword();
    const user = await createUser({ db: tx, email, name: fields.name, password: initialPassword, createdInMeetingId: meetingId });
    await tx.insert(memberships).values({ userId: user.id, meetingId, role: fields.role, delegationId });
    await recordAuditEvent({
      db: tx,
      event: { meetingId, userId, action: 'participant.add', details: { participant: user.id, email, role: fields.role, delegation: delegationId, newAccount: true } },
    });
    return { kind: 'account', userId: user.id, email, name: user.name, initialPassword };
  });
}
