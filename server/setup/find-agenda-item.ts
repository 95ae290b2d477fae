import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { agendaItems, type AgendaItem } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

/** The agenda item, which must belong to this meeting (ids from forms are untrusted). */
export async function findAgendaItem({ db, meetingId, itemId }: { db: DbExecutor; meetingId: string; itemId: string }): Promise<AgendaItem> {
  if (!isUuid(itemId)) throw new AppError('not_found', say('server.setup.noSuchAgendaItem', {}));
  const [item] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)))
    .limit(1);
  if (!item) throw new AppError('not_found', say('server.setup.noSuchAgendaItem', {}));
  return item;
}
