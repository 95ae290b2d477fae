import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { meetings, programmeSlots, type Meeting } from '@/server/db/schema';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import { AppError } from '@/server/http/app-error';
import { requireSecretariat } from './require-secretariat';
import type { MeetingFields } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';

/** Edits the meeting's particulars (what the CRP masthead prints). Dates may not strand a programme slot. */
export async function updateMeeting({
  db,
  userId,
  meetingId,
  fields,
}: {
  db: DbExecutor;
  userId: string;
  meetingId: string;
  fields: MeetingFields;
}): Promise<Meeting> {
  return db.transaction(async (tx) => {
    await requireSecretariat({ db: tx, userId, meetingId });
    const [before] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
    if (!before) throw new AppError('not_found', say('server.setup.noSuchMeeting', {}));
    const [outside] = await tx
      .select({ day: programmeSlots.day })
      .from(programmeSlots)
      .where(and(eq(programmeSlots.meetingId, meetingId), or(lt(programmeSlots.day, fields.startsOn), gt(programmeSlots.day, fields.endsOn))))
      .limit(1);
    if (outside) {
      throw new AppError('conflict', say('server.setup.slotOutsideDates', { day: outside.day }));
    }
    const [meeting] = await tx.update(meetings).set(fields).where(eq(meetings.id, meetingId)).returning();
    if (!meeting) throw new AppError('not_found', say('server.setup.noSuchMeeting', {}));
    // JSON compares the translations by value; the other fields are strings or null.
    const changed = (Object.keys(fields) as Array<keyof MeetingFields>).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(meeting[key]));
    await recordAuditEvent({ db: tx, event: { meetingId, userId, action: 'meeting.update', details: { changed } } });
    return meeting;
  });
}
