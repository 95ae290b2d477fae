import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import {
  agendaItems,
  drafts,
  meetings,
  programmeSlots,
  type AgendaItem,
  type Delegation,
  type Draft,
  type Meeting,
  type ProgrammeSlot,
} from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { listDelegations } from './list-delegations';

export interface ProgrammeSlotDetail extends ProgrammeSlot {
  /** Items as printed: ["2 (continued)", "3"]. */
  itemLabels: string[];
}

export interface DraftSummary extends Draft {
  agendaItemNumber: string | null;
}

export interface MeetingDetail {
  meeting: Meeting;
  agendaItems: AgendaItem[];
  programme: ProgrammeSlotDetail[];
  delegations: Delegation[];
  drafts: DraftSummary[];
}

export async function getMeetingDetail({ db, meetingId }: { db: DbExecutor; meetingId: string }): Promise<MeetingDetail | null> {
  if (!isUuid(meetingId)) return null;
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId)).limit(1);
  if (!meeting) return null;
  const [items, slots, delegationRows, draftRows] = await Promise.all([
    db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position)),
    db
      .select()
      .from(programmeSlots)
      .where(eq(programmeSlots.meetingId, meetingId))
      .orderBy(asc(programmeSlots.day), asc(programmeSlots.position)),
    listDelegations({ db, meetingId }),
    db
      .select({ draft: drafts, agendaItemNumber: agendaItems.number })
      .from(drafts)
      .leftJoin(agendaItems, eq(agendaItems.id, drafts.agendaItemId))
      .where(eq(drafts.meetingId, meetingId))
      .orderBy(asc(agendaItems.position), asc(drafts.createdAt)),
  ]);
  return {
    meeting,
    agendaItems: items,
    programme: slots.map((slot) => ({ ...slot, itemLabels: programmeItemLabels(slot) })),
    delegations: delegationRows,
    drafts: draftRows.map((row) => ({ ...row.draft, agendaItemNumber: row.agendaItemNumber })),
  };
}

function programmeItemLabels(slot: Pick<ProgrammeSlot, 'items' | 'continuedItems'>): string[] {
  const continued = new Set(slot.continuedItems);
  return slot.items.map((item) => (continued.has(item) ? `${item} (continued)` : item));
}
