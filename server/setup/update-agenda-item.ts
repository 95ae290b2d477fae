import { and, eq, ne } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { agendaItems, programmeSlots, type AgendaItem } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { findAgendaItem } from './find-agenda-item';
import { requireSecretariat } from './require-secretariat';
import type { AgendaItemFields } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Renumbers or retitles an agenda item. The programme of work names items by number, so a new
 * number is carried into every slot that lists the old one.
 */
export async function updateAgendaItem({
  db,
  userId,
  meetingId,
  itemId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  itemId: string;
  fields: AgendaItemFields;
}): Promise<AgendaItem> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const before = await findAgendaItem({ db: tx, meetingId, itemId });
    if (fields.number !== before.number) {
      const [taken] = await tx
        .select({ id: agendaItems.id })
        .from(agendaItems)
        .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, fields.number), ne(agendaItems.id, itemId)))
        .limit(1);
      if (taken) throw new AppError('conflict', say('server.setup.itemTaken', { number: fields.number }));
      await renameInProgramme(tx, meetingId, before.number, fields.number);
    }
    const [item] = await tx.update(agendaItems).set(fields).where(eq(agendaItems.id, itemId)).returning();
    if (!item) throw new AppError('not_found', say('server.setup.noSuchAgendaItem', {}));
    await recordAuditEvent({
      db: tx,
      event: { meetingId, userId, action: 'agenda.update', details: { itemId, from: { number: before.number, title: before.title }, to: fields } },
    });
    return item;
  });
}

async function renameInProgramme(tx: DbExecutor, meetingId: string, from: string, to: string): Promise<void> {
  const slots = await tx.select().from(programmeSlots).where(eq(programmeSlots.meetingId, meetingId));
  for (const slot of slots) {
    if (!slot.items.includes(from)) continue;
    const rename = (items: string[]) => items.map((item) => (item === from ? to : item));
    await tx
      .update(programmeSlots)
      .set({ items: rename(slot.items), continuedItems: rename(slot.continuedItems) })
      .where(eq(programmeSlots.id, slot.id));
  }
}
