import type * as Y from 'yjs';
import type { CrpDelegation, CrpModel } from '@/lib/exports/crp-model';
import { describeCrpParagraphs } from '@/lib/exports/crp-paragraphs';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';

/** A conference room paper for a Y.Doc built in a test, without a database: a fixed meeting, no comments. */
export function modelFromDoc(doc: Y.Doc, names: Record<string, string>): CrpModel {
  const delegations = new Map<string, CrpDelegation>(
    Object.entries(names).map(([id, name]) => [id, { id, name, shortName: name.slice(0, 3).toUpperCase(), kind: 'state_party' }]),
  );
  delegations.set(CHAIR_DELEGATION, { id: CHAIR_DELEGATION, name: 'Chair', shortName: 'Chair', kind: 'chair' });
  const { paragraphs, generalComments } = describeCrpParagraphs(doc, delegations, []);
  return {
    meeting: {
      id: 'm-1',
      title: 'Working Group on Trafficking in Persons',
      body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      subsidiaryBody: 'Working Group on Trafficking in Persons',
      session: null,
      venue: 'Vienna',
      startsOn: '2026-06-29',
      endsOn: '2026-06-30',
      symbolPrefix: 'CTOC/COP/WG.4/2026',
      agendaSymbol: null,
    translations: {},
    },
    draft: { id: 'd-1', title: 'Draft recommendations on non-punishment', symbol: 'CTOC/COP/WG.4/2026/CRP.1', originalLanguage: 'en', language: 'en' },
    agendaItem: null,
    revision: null,
    date: '2026-06-30',
    delegations: [...delegations.values()],
    paragraphs,
    generalComments,
    untranslated: [],
    untranslatedWords: [],
  };
}
