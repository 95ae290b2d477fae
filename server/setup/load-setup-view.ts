import { missingTranslations } from '@/lib/exports/missing-translations';
import { cleanLanguageTexts } from '@/lib/meetings/translations';
import type { AgendaItemRow, DelegationRow, InvitationRow, MeetingFieldValues, ParticipantRow, ProgrammeSlotRow } from '@/lib/setup/setup-rows';
import type { DbExecutor } from '@/server/db/client';
import { getMeetingDetail, type DraftSummary } from '@/server/meetings/get-meeting-detail';
import { listPendingInvitations } from '@/server/invitations/list-pending-invitations';
import { listParticipants } from './list-participants';
import { toMeetingFields } from '@/server/meetings/to-meeting-fields';

export interface SetupView {
  meeting: MeetingFieldValues & { id: string };
  agenda: AgendaItemRow[];
  programme: ProgrammeSlotRow[];
  delegations: DelegationRow[];
  participants: ParticipantRow[];
  invitations: InvitationRow[];
  drafts: Array<Pick<DraftSummary, 'id' | 'title' | 'symbol' | 'agendaItemNumber'>>;
  /** What the drafts' papers in other languages would print in English, by language. */
  untranslated: ReturnType<typeof missingTranslations>;
}

/** Everything the setup page shows, as plain data for its client components. The caller checks the role. */
export async function loadSetupView({ db, meetingId, userId }: { db: DbExecutor; meetingId: string; userId: string }): Promise<SetupView | null> {
  const detail = await getMeetingDetail({ db, meetingId });
  if (!detail) return null;
  const people = await listParticipants({ db, meetingId });
  const invitations = await listPendingInvitations({ db, meetingId });
  const now = Date.now();
  const { meeting } = detail;
  const fields = toMeetingFields(meeting);
  const agenda = detail.agendaItems.map((item) => ({
    id: item.id,
    number: item.number,
    title: item.title,
    titleTranslations: cleanLanguageTexts(item.titleTranslations),
    drafts: detail.drafts.filter((draft) => draft.agendaItemId === item.id).length,
  }));
  const delegationRows = detail.delegations.map((delegation) => ({
    id: delegation.id,
    name: delegation.name,
    shortName: delegation.shortName,
    kind: delegation.kind,
    retired: delegation.retired,
    nameTranslations: cleanLanguageTexts(delegation.nameTranslations),
    participants: people.filter((person) => person.delegationId === delegation.id).length,
  }));
  return {
    meeting: fields,
    agenda,
    programme: detail.programme.map(({ id, day, startsAt, endsAt, items, continuedItems, note }) => ({ id, day, startsAt, endsAt, items, continuedItems, note })),
    delegations: delegationRows,
    participants: people.map((person) => ({ ...person, isYou: person.userId === userId })),
    invitations: invitations.map((invitation) => ({
      ...invitation,
      expiresAt: invitation.expiresAt.toISOString(),
      expired: invitation.expiresAt.getTime() <= now,
    })),
    drafts: detail.drafts.map(({ id, title, symbol, agendaItemNumber }) => ({ id, title, symbol, agendaItemNumber })),
    untranslated: missingTranslations({
      meeting: fields,
      draftLanguages: detail.drafts.map((draft) => draft.originalLanguage),
      agenda,
      delegations: delegationRows,
    }),
  };
}
