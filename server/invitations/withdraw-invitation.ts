import { and, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { DbExecutor } from '@/server/db/client';
import { meetingInvitations } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { AppError } from '@/server/http/app-error';
import { requireSecretariat } from '@/server/setup/require-secretariat';
import { say } from '@/lib/i18n/server-sentences';

/** The secretariat takes back an invitation nobody has accepted: its code stops working at once. */
export async function withdrawInvitation({
  db,
  userId,
  meetingId,
  invitationId,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  invitationId: string;
}): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    if (!isUuid(invitationId)) throw new AppError('not_found', say('server.invitations.noSuchInvitation', {}));
    const [removed] = await tx
      .delete(meetingInvitations)
      .where(and(eq(meetingInvitations.id, invitationId), eq(meetingInvitations.meetingId, meetingId), isNull(meetingInvitations.acceptedAt)))
      .returning({ email: meetingInvitations.email });
    if (!removed) throw new AppError('not_found', say('server.invitations.noLongerPending', {}));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'participant.invitation_withdraw', details: { invitation: invitationId, email: removed.email } } });
    return removed;
  });
}
