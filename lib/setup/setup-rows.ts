import type { LanguageTexts } from '@/lib/meetings/translations';
import type { Role } from '@/lib/negotiation/roles';
import type { MeetingFields } from '@/lib/meetings/meeting-fields';

/** Plain data the setup page hands to its client components (no database rows, no Dates), built on the server. */

export type DelegationKindValue = 'state_party' | 'signatory' | 'observer' | 'group';

/** The editable fields of a meeting (everything but its id). */
export type MeetingFieldValues = Omit<MeetingFields, 'id'>;

export interface AgendaItemRow {
  id: string;
  number: string;
  title: string;
  titleTranslations: LanguageTexts;
  drafts: number;
}

export interface ProgrammeSlotRow {
  id: string;
  day: string;
  startsAt: string;
  endsAt: string;
  items: string[];
  continuedItems: string[];
  note: string | null;
}

export interface DelegationRow {
  id: string;
  name: string;
  shortName: string;
  kind: DelegationKindValue;
  retired: boolean;
  participants: number;
  /** The UN short name in the other UN languages, for papers in those languages. */
  nameTranslations: LanguageTexts;
}

export interface ParticipantRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  delegationId: string | null;
  isYou: boolean;
  /** Still on an initial password this meeting issued: the only case the secretariat may reset. */
  hasInitialPasswordFromHere: boolean;
}

export interface InvitationRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  delegationName: string | null;
  /** ISO date-time. */
  expiresAt: string;
  expired: boolean;
}
