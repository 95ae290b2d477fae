import { eq } from 'drizzle-orm';
import { readDelegationList } from '@/lib/setup/read-delegation-list';
import { say } from '@/lib/i18n/server-sentences';
import { listError, type ListError } from '@/lib/setup/list-columns';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { DbExecutor } from '@/server/db/client';
import { delegations, type Delegation } from '@/server/db/schema';
import { refuseListWith } from './list-refused';
import { requireSecretariat } from './require-secretariat';
import { delegationInput } from './setup-inputs';

/**
 * Adds a whole list of delegations (pasted or uploaded CSV) in one transaction: all of them, or,
 * if any line has a problem (a name or short name already in the meeting or earlier in the list,
 * a missing field), none, with every problem named by its line. Each one is audited as if added
 * by hand.
 */
export async function addDelegationList({
  db,
  userId,
  meetingId,
  text,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  text: string;
}): Promise<Delegation[]> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const { rows, errors } = readDelegationList(text);
    const existing = await tx.select({ name: delegations.name, shortName: delegations.shortName }).from(delegations).where(eq(delegations.meetingId, meetingId));
    const byName = new Map(existing.map((row) => [row.name.toLowerCase(), row]));
    const byShortName = new Map(existing.map((row) => [row.shortName.toLowerCase(), row]));
    const problems: ListError[] = [...errors];
    for (const row of rows) {
      const sameName = byName.get(row.name.toLowerCase());
      const sameShort = byShortName.get(row.shortName.toLowerCase());
      const parsed = delegationInput.safeParse(row);
      if (sameName) problems.push(listError(row.line, say('server.setup.line.delegationNameTaken', { name: sameName.name })));
      else if (sameShort) problems.push(listError(row.line, say('server.setup.line.shortNameTaken', { shortName: sameShort.shortName, name: sameShort.name })));
      else if (!parsed.success) problems.push(listError(row.line, say('server.setup.line.invalid', { problem: parsed.error.issues[0]?.message ?? 'This line is not valid.' })));
    }
    refuseListWith(problems, 'delegations');
    const added = await tx
      .insert(delegations)
      .values(rows.map(({ name, shortName, kind, nameTranslations }) => ({ meetingId, name, shortName, kind, nameTranslations })))
      .returning();
    for (const delegation of added) {
      const { name, shortName, kind } = delegation;
      await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'delegation.add', details: { delegation: delegation.id, name, shortName, kind } } });
    }
    return added;
  });
}
