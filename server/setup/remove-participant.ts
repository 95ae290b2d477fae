import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { memberships } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { getMembership } from '@/server/meetings/get-membership';
import { keepASecretariat } from './keep-a-secretariat';
import { notifyMembershipChanged } from './notify-membership-changed';
import { requireSecretariat } from './require-secretariat';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Takes a person out of the meeting. Their account stays (they may sit in other meetings) and
 * everything they did stays attributed to them; their open connections are closed at once.
 */
export async function removeParticipant({
  db,
  userId,
  meetingId,
  participantId,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  participantId: string;
}): Promise<void> {
  await db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const before = await getMembership({ db: tx, userId: participantId, meetingId });
    if (!before) throw new AppError('not_found', say('server.setup.noSuchParticipant', {}));
    await keepASecretariat({ db: tx, meetingId, leavingUserId: participantId });
    await tx.delete(memberships).where(and(eq(memberships.userId, participantId), eq(memberships.meetingId, meetingId)));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'participant.remove', details: { participant: participantId, was: before } } });
  });
  await notifyMembershipChanged({ userId: participantId, meetingId });
}
