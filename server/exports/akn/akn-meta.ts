import { symbolFileStem } from '@/lib/exports/symbols';
import { CONCORD_AGENT, SECRETARIAT_AGENT, type AknContext } from './akn-context';
import { el, slug, text } from './xml';

/**
 * FRBR identification following the Akoma Ntoso naming convention as AKN4UN applies it: the
 * work is the paper under its UN symbol (also given as an FRBRalias), the expression is its
 * original-language text as of the paper's date, the manifestation this XML file.
 */
export function identificationXml(context: AknContext, generatedOn: string): string {
  const { model, words } = context;
  const work = `/akn/un/statement/draftRecommendations/${model.date}/${slug(symbolFileStem(model.draft.symbol)) || 'crp'}`;
  const expression = `${work}/${words.iso639_2}@${model.date}`;
  const author = el('FRBRauthor', { href: `#${SECRETARIAT_AGENT}` });
  return el(
    'identification',
    { source: `#${CONCORD_AGENT}` },
    el(
      'FRBRWork',
      {},
      el('FRBRthis', { value: `${work}/!main` }),
      el('FRBRuri', { value: work }),
      el('FRBRalias', { value: model.draft.symbol, name: 'UNSymbol' }),
      el('FRBRdate', { date: model.date, name: 'issued' }),
      author,
      el('FRBRcountry', { value: 'un' }),
      el('FRBRnumber', { value: model.draft.symbol }),
      el('FRBRname', { value: 'conferenceRoomPaper' }),
    ),
    el(
      'FRBRExpression',
      {},
      el('FRBRthis', { value: `${expression}/!main` }),
      el('FRBRuri', { value: expression }),
      el('FRBRdate', { date: model.date, name: 'issued' }),
      author,
      el('FRBRlanguage', { language: words.iso639_2 }),
    ),
    el(
      'FRBRManifestation',
      {},
      el('FRBRthis', { value: `${expression}/!main.xml` }),
      el('FRBRuri', { value: `${expression}.akn` }),
      el('FRBRdate', { date: generatedOn, name: 'generation' }),
      el('FRBRauthor', { href: `#${CONCORD_AGENT}` }),
      el('FRBRformat', { value: 'application/akn+xml' }),
    ),
  );
}

/** Concord's own data, in its namespace: which draft, which revision, when this file was made. */
export function proprietaryXml(context: AknContext, generatedAt: string): string {
  const { model } = context;
  return el(
    'proprietary',
    { source: `#${CONCORD_AGENT}` },
    el('concord:draft', {
      id: model.draft.id,
      meeting: model.meeting.id,
      originalLanguage: model.draft.originalLanguage,
      revision: model.revision?.id,
      revisionName: model.revision?.name,
      generatedAt,
    }),
  );
}

/** The masthead as the preface: symbol, distribution, date, original language, body, meeting line, agenda item, title. */
export function prefaceXml(context: AknContext, language: string): string {
  const { model, words } = context;
  const { meeting } = model;
  const p = (className: string, ...children: string[]) => el('p', { class: className }, ...children);
  const footnote = (eId: string, marker: string, note: string) =>
    el('authorialNote', { eId, marker, placement: 'bottom' }, el('p', {}, text(note)));
  const [distribution = '', date = '', original = ''] = words.distributionBlock(model.date);
  const lines = [
    p('unitedNations', text(words.unitedNations)),
    p('symbol', el('docNumber', {}, text(model.draft.symbol))),
    p('distribution', el('docStatus', {}, text(distribution))),
    p('date', el('docDate', { date: model.date }, text(date))),
    p('originalLanguage', text(original)),
    p('body', el('docAuthority', {}, text(meeting.body))),
    ...(meeting.subsidiaryBody ? [p('subsidiaryBody', el('docCommittee', {}, text(meeting.subsidiaryBody)))] : []),
    words.datesFirst
      ? p('meeting', text(`${words.formatMeetingDates(meeting.startsOn, meeting.endsOn)}${words.placeSeparator}`), el('location', { refersTo: '#venue' }, text(meeting.venue)))
      : p('meeting', el('location', { refersTo: '#venue' }, text(meeting.venue)), text(`${words.placeSeparator}${words.formatMeetingDates(meeting.startsOn, meeting.endsOn)}`)),
  ];
  if (model.agendaItem) {
    const note = meeting.agendaSymbol ? footnote('fn_agenda', '*', `${meeting.agendaSymbol}.`) : '';
    lines.push(p('agendaItem', text(words.agendaItem(model.agendaItem.number)), note));
    lines.push(p('agendaItemTitle', text(model.agendaItem.title)));
  }
  lines.push(p('title', el('docTitle', {}, text(model.draft.title)), footnote('fn_notEdited', meeting.agendaSymbol ? '**' : '*', words.notEdited)));
  lines.push(p('secretariatNote', text(words.secretariatNote(true))));
  return el('preface', { 'xml:lang': language }, ...lines);
}

/** The venue as a TLCLocation, referred to by the meeting line. */
export function venueReference(context: AknContext): string {
  return el('TLCLocation', { eId: 'venue', href: `/akn/ontology/locations/${slug(context.model.meeting.venue) || 'venue'}`, showAs: context.model.meeting.venue });
}
