import { delegationNamer, type CrpModel } from '@/lib/exports/crp-model';
import { mastheadWords, type MastheadWords } from '@/lib/exports/masthead-words';
import { conventionWords, type ConventionWords } from '@/lib/negotiation/convention-words';
import { CHAIR_DELEGATION, PARAGRAPH_STATUSES } from '@/lib/negotiation/schema';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';
import { el, slug } from './xml';

/**
 * What the parts of the Akoma Ntoso file share: each delegation's eId (a TLCOrganization, the
 * chair a TLCPerson), and the notes collected while writing the body, grouped by their author.
 */

export const SECRETARIAT_AGENT = 'secretariat';
export const CONCORD_AGENT = 'concord';
export const CONCORD_NS = 'urn:concord:akn-extensions:1';

export interface AknContext {
  model: CrpModel;
  words: MastheadWords;
  /** The convention's words in the paper's language. */
  convention: ConventionWords;
  names: (delegationId: string) => string;
  /** Delegation id (or CHAIR) → eId of its TLC reference. Unknown ids get one on first use. */
  agentOf: (delegationId: string | null) => string;
  /** Adds a note authored by `agent`; returns its eId. */
  addNote: (agent: string, note: { idHint: string; className: string; placementBase?: string; paragraphs: string[] }) => string;
  /** The references block; `extra` are further TLC entries (e.g. the venue). */
  references: (extra?: string[]) => string;
  notes: () => string;
}

export function createAknContext(model: CrpModel): AknContext {
  const names = delegationNamer(model);
  const agents = new Map<string, { eId: string; name: string; person: boolean }>();
  const taken = new Set<string>([SECRETARIAT_AGENT, CONCORD_AGENT]);
  const unique = (base: string) => {
    let candidate = base;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}_${n}`;
    taken.add(candidate);
    return candidate;
  };
  const agentOf = (delegationId: string | null): string => {
    if (delegationId === null) return SECRETARIAT_AGENT;
    const known = agents.get(delegationId);
    if (known) return known.eId;
    const delegation = model.delegations.find((entry) => entry.id === delegationId);
    const chair = delegationId === CHAIR_DELEGATION;
    const eId = unique(chair ? 'chair' : `dlg_${slug(delegation?.shortName ?? '') || slug(delegation?.name ?? '') || 'unknown'}`);
    // The paper's delegations include the Chair under its name in the paper's language.
    agents.set(delegationId, { eId, name: names(delegationId), person: chair });
    return eId;
  };
  const notesBySource = new Map<string, string[]>();
  const noteIds = new Set<string>();
  const addNote: AknContext['addNote'] = (agent, note) => {
    let eId = `note_${slug(note.idHint) || 'x'}`;
    for (let n = 2; noteIds.has(eId); n += 1) eId = `note_${slug(note.idHint)}_${n}`;
    noteIds.add(eId);
    const list = notesBySource.get(agent) ?? [];
    list.push(el('note', { eId, class: note.className, placementBase: note.placementBase ? `#${note.placementBase}` : undefined }, ...note.paragraphs.map((p) => el('p', {}, p))));
    notesBySource.set(agent, list);
    return eId;
  };
  return {
    model,
    words: mastheadWords(model.draft.language),
    convention: conventionWords(model.draft.language),
    names,
    agentOf,
    addNote,
    references: (extra = []) => referencesXml(agents, extra),
    notes: () => [...notesBySource.entries()].map(([agent, notes]) => el('notes', { source: `#${agent}` }, ...notes)).join(''),
  };
}

function referencesXml(agents: Map<string, { eId: string; name: string; person: boolean }>, extra: string[]): string {
  const organization = (eId: string, path: string, showAs: string) => el('TLCOrganization', { eId, href: `/akn/ontology/organizations/${path}`, showAs });
  const entries = [
    organization(SECRETARIAT_AGENT, 'un/secretariat', 'Secretariat'),
    organization(CONCORD_AGENT, 'concord', 'Concord'),
    ...[...agents.values()].map((agent) =>
      agent.person
        ? el('TLCPerson', { eId: agent.eId, href: '/akn/ontology/persons/un/chair', showAs: agent.name })
        : organization(agent.eId, `un/delegations/${agent.eId.replace(/^dlg_/, '')}`, agent.name),
    ),
    ...PARAGRAPH_STATUSES.map((status) =>
      el('TLCConcept', { eId: `status_${status}`, href: `/akn/ontology/concepts/un/paragraphStatus/${status}`, showAs: STATUS_LABELS[status] }),
    ),
    ...extra,
  ];
  return el('references', { source: `#${SECRETARIAT_AGENT}` }, ...entries);
}
