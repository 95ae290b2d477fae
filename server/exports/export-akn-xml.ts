import type { CrpModel } from '@/lib/exports/crp-model';
import { CONCORD_NS, createAknContext } from './akn/akn-context';
import { addCommentNotes, paragraphEId, paragraphXml } from './akn/akn-body';
import { identificationXml, prefaceXml, proprietaryXml, venueReference } from './akn/akn-meta';
import { el } from './akn/xml';

const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * The paper as Akoma Ntoso 3.0 XML (OASIS LegalDocML), following AKN4UN: a <statement> of draft
 * recommendations with FRBR identification under the UN symbol, the masthead as the preface,
 * preambular paragraphs as recitals and operative paragraphs in the main body (label as <num>,
 * status as a TLCConcept reference), proposals inline as <ins>/<del> plus notes authored by the
 * proposing delegation (a TLCOrganization), and the comments received as notes by delegation.
 * Valid against shared/schemas/akomantoso30.xsd beside the repository (tests check with xmllint).
 */
export function exportAknXml(model: CrpModel, now: Date = new Date()): Buffer {
  const context = createAknContext(model);
  const taken = new Set<string>();
  const recitals: string[] = [];
  const operative: string[] = [];
  for (const paragraph of model.paragraphs) {
    const eId = paragraphEId(paragraph, taken);
    (paragraph.kind === 'PP' ? recitals : operative).push(paragraphXml(context, paragraph, eId));
    addCommentNotes(context, paragraph.comments, eId);
  }
  addCommentNotes(context, model.generalComments);
  // The body must be written first: it is what registers the delegations and notes the meta lists.
  const preface = prefaceXml(context, context.words.bcp47);
  const lang = { 'xml:lang': context.words.bcp47 };
  const mainBody = el('mainBody', lang, ...(operative.length > 0 ? operative : [el('p', {})]));
  const preamble = recitals.length > 0 ? el('preamble', lang, el('recitals', {}, ...recitals)) : '';
  const meta = el(
    'meta',
    {},
    identificationXml(context, now.toISOString().slice(0, 10)),
    context.references([venueReference(context)]),
    context.notes(),
    proprietaryXml(context, now.toISOString()),
  );
  const statement = el('statement', { name: 'draftRecommendations', contains: 'originalVersion' }, meta, preface, preamble, mainBody);
  const document = el('akomaNtoso', { xmlns: AKN_NS, 'xmlns:concord': CONCORD_NS }, statement);
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${document}\n`, 'utf8');
}
