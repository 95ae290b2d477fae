import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { programmeSlots, type ProgrammeSlot } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

export async function findProgrammeSlot({ db, meetingId, slotId }: { db: DbExecutor; meetingId: string; slotId: string }): Promise<ProgrammeSlot> {
  if (!isUuid(slotId)) throw new AppError('not_found', say('server.setup.noSuchSlot', {}));
  const [slot] = await db
    .select()
    .from(programmeSlots)
    .where(and(eq(programmeSlots.id, slotId), eq(programmeSlots.meetingId, meetingId)))
    .limit(1);
  if (!slot) throw new AppError('not_found', say('server.setup.noSuchSlot', {}));
  return slot;
}
