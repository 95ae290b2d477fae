import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { agendaItems } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { requireSecretariat } from './require-secretariat';
import { say } from '@/lib/i18n/server-sentences';

/** Puts the agenda in the given order; `itemIds` must name every item of the meeting exactly once. */
export async function reorderAgendaItems({
  db,
  userId,
  meetingId,
  itemIds,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  itemIds: readonly string[];
}): Promise<void> {
  await db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const items = await tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).for('update');
    const known = new Set(items.map((item) => item.id));
    const complete = itemIds.length === known.size && new Set(itemIds).size === itemIds.length && itemIds.every((id) => known.has(id));
    // Someone else added or removed an item meanwhile: refuse rather than guess where it goes.
    if (!complete) throw new AppError('conflict', say('server.setup.agendaChanged', {}));
    for (const [position, id] of itemIds.entries()) {
      await tx.update(agendaItems).set({ position }).where(eq(agendaItems.id, id));
    }
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'agenda.reorder', details: { itemIds } } });
  });
}
