import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { programmeSlots } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { findProgrammeSlot } from './find-programme-slot';
import { requireSecretariat } from './require-secretariat';

export async function removeProgrammeSlot({
  db,
  userId,
  meetingId,
  slotId,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  slotId: string;
}): Promise<void> {
  await db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const slot = await findProgrammeSlot({ db: tx, meetingId, slotId });
    await tx.delete(programmeSlots).where(eq(programmeSlots.id, slotId));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'programme.remove', details: { slotId, day: slot.day, startsAt: slot.startsAt, items: slot.items } } });
  });
}
