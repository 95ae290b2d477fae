import { and, eq, ne } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { memberships, users } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { getMembership } from '@/server/meetings/get-membership';
import { hashPassword } from '@/server/users/hash-password';
import { generateInitialPassword } from './generate-initial-password';
import { requireSecretariat } from './require-secretariat';

/**
 * Issues a new initial password when the first one was lost. Only for accounts that take part in
 * this meeting alone: otherwise the secretariat of one meeting could take over someone's account
 * in another. Not for one's own account either.
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
    if (participantId === userId) throw new AppError('bad_request', 'You cannot reset your own password here.');
    if (!(await getMembership({ db: tx, userId: participantId, meetingId }))) throw new AppError('not_found', 'No such participant in this meeting.');
    const [elsewhere] = await tx
      .select({ meetingId: memberships.meetingId })
      .from(memberships)
      .where(and(eq(memberships.userId, participantId), ne(memberships.meetingId, meetingId)))
      .limit(1);
    if (elsewhere) throw new AppError('conflict', 'This person also takes part in other meetings, so their password is not this meeting\'s to reset.');
    await tx.update(users).set({ passwordHash }).where(eq(users.id, participantId));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'participant.password_reset', details: { participant: participantId } } });
  });
  return { initialPassword };
}
