import type { DbExecutor } from '@/server/db/client';
import { programmeSlots, type ProgrammeSlot } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { checkProgrammeSlot } from './check-programme-slot';
import { requireSecretariat } from './require-secretariat';
import type { ProgrammeSlotFields } from './setup-inputs';
import { slotPosition } from './slot-position';

export async function addProgrammeSlot({
  db,
  userId,
  meetingId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  fields: ProgrammeSlotFields;
}): Promise<ProgrammeSlot> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    await checkProgrammeSlot({ db: tx, meetingId, fields });
    const [slot] = await tx
      .insert(programmeSlots)
      .values({ meetingId, ...fields, position: slotPosition(fields.startsAt) })
      .returning();
    if (!slot) throw new Error('programme slot was not created');
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'programme.add', details: { slotId: slot.id, day: slot.day, startsAt: slot.startsAt, items: slot.items } } });
    return slot;
  });
}
