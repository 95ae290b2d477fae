import type { DelegationKindValue } from '@/lib/setup/setup-rows';

export type {
  AgendaItemRow,
  DelegationKindValue,
  DelegationRow,
  InvitationRow,
  MeetingFieldValues,
  ParticipantRow,
  ProgrammeSlotRow,
} from '@/lib/setup/setup-rows';

export const DELEGATION_KIND_LABELS: Record<DelegationKindValue, string> = {
  state_party: 'State party',
  signatory: 'Signatory',
  observer: 'Observer',
  group: 'Group (e.g. European Union)',
};
