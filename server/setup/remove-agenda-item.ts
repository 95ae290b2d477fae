import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { agendaItems, drafts, programmeSlots } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { findAgendaItem } from './find-agenda-item';
import { requireSecretariat } from './require-secretariat';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Removes an agenda item that has no draft under it (a draft's CRP prints "Item N of the
 * provisional agenda", so its item must stay). The item is also taken out of the programme.
 */
export async function removeAgendaItem({
  db,
  userId,
  meetingId,
  itemId,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  itemId: string;
}): Promise<void> {
  await db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const item = await findAgendaItem({ db: tx, meetingId, itemId });
    const under = await tx.select({ title: drafts.title }).from(drafts).where(eq(drafts.agendaItemId, itemId));
    if (under.length > 0) {
      throw new AppError('conflict', say('server.setup.itemHasDrafts', { number: item.number, count: under.length, title: under[0]?.title ?? '' }));
    }
    const slots = await tx.select().from(programmeSlots).where(eq(programmeSlots.meetingId, meetingId));
    for (const slot of slots) {
      if (!slot.items.includes(item.number)) continue;
      const without = (items: string[]) => items.filter((number) => number !== item.number);
      await tx.update(programmeSlots).set({ items: without(slot.items), continuedItems: without(slot.continuedItems) }).where(eq(programmeSlots.id, slot.id));
    }
    await tx.delete(agendaItems).where(eq(agendaItems.id, itemId));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'agenda.remove', details: { itemId, number: item.number, title: item.title } } });
  });
}
