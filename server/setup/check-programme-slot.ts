import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { agendaItems, meetings } from '@/server/db/schema';
import { AppError } from '@/server/http/app-error';
import type { ProgrammeSlotFields } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';

/** A slot must fall within the meeting's dates and take up items that are on its agenda. */
export async function checkProgrammeSlot({ db, meetingId, fields }: { db: DbExecutor; meetingId: string; fields: ProgrammeSlotFields }): Promise<void> {
  const [meeting] = await db.select({ startsOn: meetings.startsOn, endsOn: meetings.endsOn }).from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw new AppError('not_found', say('server.setup.noSuchMeeting', {}));
  if (fields.day < meeting.startsOn || fields.day > meeting.endsOn) {
    throw new AppError('bad_request', say('server.setup.dayOutsideMeeting', { from: meeting.startsOn, to: meeting.endsOn }));
  }
  const numbers = new Set((await db.select({ number: agendaItems.number }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId))).map((row) => row.number));
  const unknown = fields.items.filter((item) => !numbers.has(item));
  if (unknown.length > 0) throw new AppError('bad_request', say('server.setup.notOnAgenda', { items: unknown.join(', ') }));
  const notListed = fields.continuedItems.filter((item) => !fields.items.includes(item));
  if (notListed.length > 0) throw new AppError('bad_request', say('server.setup.continuedNotListed', { items: notListed.join(', ') }));
}
