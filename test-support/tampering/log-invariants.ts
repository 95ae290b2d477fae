import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { markNameOfKey } from '@/lib/negotiation/marks';
import { MARKS } from '@/lib/negotiation/schema';
import type { Database } from '@/server/db/client';
import { draftUpdates } from '@/server/db/schema';

/**
 * Invariants of a draft's stored history, checked by replaying its update log (each row stored
 * with the user and delegation the server authenticated). For every row sent by a delegate:
 * - each character it added carries an insertion mark naming that delegation and that user;
 * - each character it removed had been written by a member of the same delegation.
 * Returns one sentence per violation.
 */
export async function checkLogInvariants(db: Database, draftId: string, delegateIds: ReadonlySet<string>): Promise<string[]> {
  const rows = await db
    .select({ id: draftUpdates.id, update: draftUpdates.update, userId: draftUpdates.userId, delegationId: draftUpdates.delegationId })
    .from(draftUpdates)
    .where(eq(draftUpdates.draftId, draftId))
    .orderBy(asc(draftUpdates.id));
  // Tombstones keep their content: removed characters can be looked at after the fact.
  const doc = new Y.Doc({ gc: false });
  const writers = new Map<number, Array<{ start: number; end: number; delegationId: string | null }>>();
  const violations: string[] = [];
  let row = rows[0];
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (!row) return;
    const current = row;
    for (const [client, after] of transaction.afterState) {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after > before) writers.set(client, [...(writers.get(client) ?? []), { start: before, end: after, delegationId: current.delegationId }]);
    }
    if (current.userId === null || !delegateIds.has(current.userId)) return;
    const where = `row ${current.id}`;
    for (const type of transaction.changed.keys()) {
      if (type instanceof Y.XmlText) checkAddedText(type, transaction, current, where, violations);
    }
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) return;
      const writer = writers.get(struct.id.client)?.find((range) => struct.id.clock >= range.start && struct.id.clock < range.end);
      if (writer?.delegationId !== current.delegationId) {
        violations.push(`${where}: a delegate removed "${struct.content.str}", written by delegation ${writer?.delegationId ?? 'none'}`);
      }
    });
  });
  for (const next of rows) {
    row = next;
    Y.applyUpdate(doc, next.update);
  }
  doc.destroy();
  return violations;
}

function checkAddedText(
  text: Y.XmlText,
  transaction: Y.Transaction,
  row: { userId: string | null; delegationId: string | null },
  where: string,
  violations: string[],
): void {
  const marks = new Map<string, unknown>();
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    if (item.content instanceof Y.ContentFormat) {
      if (item.content.value === null) marks.delete(item.content.key);
      else marks.set(item.content.key, item.content.value);
      continue;
    }
    const added = item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
    if (!added || !(item.content instanceof Y.ContentString)) continue;
    const insertions = [...marks].filter(([key]) => markNameOfKey(key) === MARKS.insertion).map(([, value]) => value as Record<string, unknown>);
    const ownMark = insertions.length === 1 && insertions[0]?.delegation === row.delegationId && insertions[0]?.author === row.userId;
    if (!ownMark) violations.push(`${where}: a delegate added "${item.content.str}" with marks ${JSON.stringify(Object.fromEntries(marks))}`);
  }
}
