import type { Database } from '@/server/db/client';
import { meetings } from '@/server/db/schema';

export type MeetingRow = typeof meetings.$inferSelect;

/** The fields of the Working Group meeting the tests negotiate in; each can be overridden. */
export const MEETING_DEFAULTS = {
  title: 'Working Group on Trafficking in Persons',
  body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  venue: 'Vienna',
  startsOn: '2022-06-29',
  endsOn: '2022-06-30',
  symbolPrefix: 'CTOC/COP/WG.4/2022',
} satisfies typeof meetings.$inferInsert;

/** Inserts a meeting (nothing else: no members, no delegations). */
export async function buildMeeting(db: Database, overrides: Partial<typeof meetings.$inferInsert> = {}): Promise<MeetingRow> {
  const [meeting] = await db
    .insert(meetings)
    .values({ ...MEETING_DEFAULTS, ...overrides })
    .returning();
  if (!meeting) throw new Error('meeting not inserted');
  return meeting;
}
