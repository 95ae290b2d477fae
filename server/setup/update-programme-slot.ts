import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { programmeSlots, type ProgrammeSlot } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { checkProgrammeSlot } from './check-programme-slot';
import { findProgrammeSlot } from './find-programme-slot';
import { requireSecretariat } from './require-secretariat';
import type { ProgrammeSlotFields } from './setup-inputs';
import { slotPosition } from './slot-position';
import { say } from '@/lib/i18n/server-sentences';

export async function updateProgrammeSlot({
  db,
  userId,
  meetingId,
  slotId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  slotId: string;
  fields: ProgrammeSlotFields;
}): Promise<ProgrammeSlot> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    await findProgrammeSlot({ db: tx, meetingId, slotId });
    await checkProgrammeSlot({ db: tx, meetingId, fields });
    const [slot] = await tx
      .update(programmeSlots)
      .set({ ...fields, position: slotPosition(fields.startsAt) })
      .where(eq(programmeSlots.id, slotId))
      .returning();
    if (!slot) throw new AppError('not_found', say('server.setup.noSuchSlot', {}));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'programme.update', details: { slotId, ...fields } } });
    return slot;
  });
}
