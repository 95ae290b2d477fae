import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { memberships } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { getMembership } from '@/server/meetings/get-membership';
import { keepASecretariat } from './keep-a-secretariat';
import { notifyMembershipChanged } from './notify-membership-changed';
import { requireSecretariat } from './require-secretariat';
import { resolveParticipantDelegation } from './resolve-participant-delegation';
import type { MembershipChange } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Changes a participant's role or delegation. It takes effect at once: the change is committed,
 * then the collaboration server re-checks that person's open connections.
 */
export async function changeParticipant({
  db,
  userId,
  meetingId,
  participantId,
  change,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  participantId: string;
  change: MembershipChange;
}): Promise<void> {
  await db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const before = await getMembership({ db: tx, userId: participantId, meetingId });
    if (!before) throw new AppError('not_found', say('server.setup.noSuchParticipant', {}));
    if (change.role !== 'secretariat') await keepASecretariat({ db: tx, meetingId, leavingUserId: participantId });
    const delegationId = await resolveParticipantDelegation({ db: tx, meetingId, role: change.role, delegationId: change.delegationId });
    await tx
      .update(memberships)
      .set({ role: change.role, delegationId })
      .where(and(eq(memberships.userId, participantId), eq(memberships.meetingId, meetingId)));
    await recordAuditEvent({
      db: tx,
      event: { meetingId, userId, action: 'membership.change', details: { participant: participantId, from: before, to: { role: change.role, delegation: delegationId } } },
    });
  });
  await notifyMembershipChanged({ userId: participantId, meetingId });
}
