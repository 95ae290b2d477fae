import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { delegations, type Delegation } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { findDelegation } from './find-delegation';
import { notifyMembershipChanged } from './notify-membership-changed';
import { requireSecretariat } from './require-secretariat';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Retires a delegation (or reinstates it). A retired delegation keeps its name in every
 * attribution but can no longer propose, take positions or be spoken for; open connections are
 * re-checked at once.
 */
export async function setDelegationRetired({
  db,
  userId,
  meetingId,
  delegationId,
  retired,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  delegationId: string;
  retired: boolean;
}): Promise<Delegation> {
  const delegation = await db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    await findDelegation({ db: tx, meetingId, delegationId });
    const [row] = await tx.update(delegations).set({ retired }).where(eq(delegations.id, delegationId)).returning();
    if (!row) throw new AppError('not_found', say('server.setup.noSuchDelegation', {}));
    await recordAuditEvent({
      db: tx,
      event: { meetingId, userId, action: retired ? 'delegation.retire' : 'delegation.reinstate', details: { delegation: delegationId, name: row.name } },
    });
    return row;
  });
  await notifyMembershipChanged({ meetingId });
  return delegation;
}
