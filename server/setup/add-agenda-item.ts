import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { agendaItems, type AgendaItem } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { requireSecretariat } from './require-secretariat';
import type { AgendaItemFields } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';

/** Adds an item at the end of the provisional agenda. Item numbers are unique in a meeting. */
export async function addAgendaItem({
  db,
  userId,
  meetingId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  fields: AgendaItemFields;
}): Promise<AgendaItem> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const [taken] = await tx
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, fields.number)))
      .limit(1);
    if (taken) throw new AppError('conflict', say('server.setup.itemTaken', { number: fields.number }));
    const [last] = await tx
      .select({ max: sql<number | null>`max(${agendaItems.position})` })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meetingId));
    const [item] = await tx
      .insert(agendaItems)
      .values({ meetingId, number: fields.number, title: fields.title, position: (last?.max ?? -1) + 1 })
      .returning();
    if (!item) throw new Error('agenda item was not created');
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'agenda.add', details: { itemId: item.id, number: item.number } } });
    return item;
  });
}
