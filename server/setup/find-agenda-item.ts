import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { agendaItems, type AgendaItem } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { AppError } from '@/server/http/app-error';

/** The agenda item, which must belong to this meeting (ids from forms are untrusted). */
export async function findAgendaItem({ db, meetingId, itemId }: { db: DbExecutor; meetingId: string; itemId: string }): Promise<AgendaItem> {
  if (!isUuid(itemId)) throw new AppError('not_found', 'No such agenda item in this meeting.');
  const [item] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)))
    .limit(1);
  if (!item) throw new AppError('not_found', 'No such agenda item in this meeting.');
  return item;
}
