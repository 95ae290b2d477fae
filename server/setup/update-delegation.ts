import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { delegations, type Delegation } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { checkDelegationNames } from './check-delegation-names';
import { findDelegation } from './find-delegation';
import { requireSecretariat } from './require-secretariat';
import type { DelegationFields } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Renames a delegation or changes its kind. Attributions in drafts store the delegation's id, not
 * its name, so a rename shows everywhere at once, past proposals included.
 */
export async function updateDelegation({
  db,
  userId,
  meetingId,
  delegationId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  delegationId: string;
  fields: DelegationFields;
}): Promise<Delegation> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const before = await findDelegation({ db: tx, meetingId, delegationId });
    await checkDelegationNames({ db: tx, meetingId, fields, exceptId: delegationId });
    const [delegation] = await tx.update(delegations).set(fields).where(eq(delegations.id, delegationId)).returning();
    if (!delegation) throw new AppError('not_found', say('server.setup.noSuchDelegation', {}));
    await recordAuditEvent({
      db: tx,
      event: {
        meetingId,
        userId,
        action: 'delegation.update',
        details: { delegation: delegationId, from: { name: before.name, shortName: before.shortName, kind: before.kind }, to: fields },
      },
    });
    return delegation;
  });
}
