import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { getMembership } from '@/server/meetings/get-membership';
import { hashPassword } from '@/server/users/hash-password';
import { generateInitialPassword } from './generate-initial-password';
import { requireSecretariat } from './require-secretariat';
import { say } from '@/lib/i18n/server-sentences';

export const NOT_YOURS_TO_RESET =
  'This account\'s password is not this meeting\'s to reset: its owner has chosen their own password, or the account was not created by this meeting\'s secretariat. Its owner can sign in with their own password; an instance administrator can help if it is lost.';

/**
 * Issues a new initial password when the first one was lost before its owner used it. Only for
 * accounts this meeting's secretariat created and whose owner has not chosen a password yet:
 * any other password is the owner's alone, and letting a secretariat replace it would let it
 * sign in as that person, in this meeting and every other. Not for one's own account either.
 */
export async function resetParticipantPassword({
  db,
  userId,
  meetingId,
  participantId,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  participantId: string;
}): Promise<{ initialPassword: string }> {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  await db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    if (participantId === userId) throw new AppError('bad_request', say('server.setup.resetOwnPassword', {}));
    if (!(await getMembership({ db: tx, userId: participantId, meetingId }))) throw new AppError('not_found', say('server.setup.noSuchParticipant', {}));
    const [account] = await tx
      .select({ mustChangePassword: users.mustChangePassword, createdInMeetingId: users.createdInMeetingId })
      .from(users)
      .where(eq(users.id, participantId))
      .limit(1);
    if (!account?.mustChangePassword || account.createdInMeetingId !== meetingId) throw new AppError('forbidden', NOT_YOURS_TO_RESET);
    await tx.update(users).set({ passwordHash, mustChangePassword: true }).where(eq(users.id, participantId));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'participant.password_reset', details: { participant: participantId } } });
  });
  return { initialPassword };
}
