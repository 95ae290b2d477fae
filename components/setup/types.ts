import type { Role } from '@/lib/negotiation/roles';

/** Plain data the setup page hands to its client components (no database rows, no Dates). */

export type DelegationKindValue = 'state_party' | 'signatory' | 'observer' | 'group';

export const DELEGATION_KIND_LABELS: Record<DelegationKindValue, string> = {
  state_party: 'State party',
  signatory: 'Signatory',
  observer: 'Observer',
  group: 'Group (e.g. European Union)',
};

export interface MeetingFieldValues {
  title: string;
  body: string;
  subsidiaryBody: string | null;
  session: string | null;
  venue: string;
  startsOn: string;
  endsOn: string;
  symbolPrefix: string;
  agendaSymbol: string | null;
}

export interface AgendaItemRow {
  id: string;
  number: string;
  title: string;
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
}

export interface ParticipantRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  delegationId: string | null;
  isYou: boolean;
}
