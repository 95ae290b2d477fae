import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { delegations } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { findDelegation } from './find-delegation';
import { findDelegationReferences } from './find-delegation-references';
import { requireSecretariat } from './require-secretariat';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Deletes a delegation that was added by mistake. A delegation that has proposed, taken a
 * position or commented is part of the record and can only be retired, so that every
 * attribution still resolves to a name; one with participants must have them moved first.
 */
export async function removeDelegation({
  db,
  userId,
  meetingId,
  delegationId,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  delegationId: string;
}): Promise<void> {
  await db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const delegation = await findDelegation({ db: tx, meetingId, delegationId });
    const references = await findDelegationReferences({ db: tx, meetingId, delegationId });
    if (references.inRecord || references.comments > 0) {
      const what = references.inRecord && references.comments > 0 ? 'both' : references.inRecord ? 'record' : 'comments';
      throw new AppError('conflict', say('server.setup.delegationInRecord', { name: delegation.name, what }));
    }
    if (references.participants > 0) {
      throw new AppError('conflict', say('server.setup.delegationHasParticipants', { name: delegation.name, count: references.participants }));
    }
    await tx.delete(delegations).where(eq(delegations.id, delegationId));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'delegation.remove', details: { delegation: delegationId, name: delegation.name, shortName: delegation.shortName } } });
  });
}
