import type { DbExecutor } from '@/server/db/client';
import { delegations, type Delegation } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { checkDelegationNames } from './check-delegation-names';
import { requireSecretariat } from './require-secretariat';
import type { DelegationFields } from './setup-inputs';

export async function addDelegation({
  db,
  userId,
  meetingId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  fields: DelegationFields;
}): Promise<Delegation> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    await checkDelegationNames({ db: tx, meetingId, fields });
    const [delegation] = await tx.insert(delegations).values({ meetingId, ...fields }).returning();
    if (!delegation) throw new Error('delegation was not created');
    // The delegation goes in details, not in the delegation_id column: that column means "acted as",
    // and it is one of the things that makes a delegation part of the record.
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'delegation.add', details: { delegation: delegation.id, ...fields } } });
    return delegation;
  });
}
