import type { UntranslatedWord } from '@/lib/exports/untranslated-words';
import type { Role } from '@/lib/negotiation/roles';

export interface DelegationInfo {
  id: string;
  name: string;
  shortName: string;
  kind: 'state_party' | 'signatory' | 'observer' | 'group';
  colorIndex: number;
}

export interface DraftRoomProps {
  draftId: string;
  title: string;
  symbol: string | null;
  meeting: { id: string; title: string };
  agendaItem: { number: string; title: string } | null;
  user: { id: string; name: string };
  role: Role;
  delegationId: string | null;
  delegations: DelegationInfo[];
  /** The language the draft is written in: its paragraphs' direction and language follow it, whatever the interface's. */
  originalLanguage?: string;
  /** For the secretariat: what this draft's CRP would print in English for want of a translation. */
  untranslated?: UntranslatedWord[];
}
