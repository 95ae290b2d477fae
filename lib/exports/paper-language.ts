import { isTranslatedLanguage, type LanguageTexts, type MeetingTranslatedField } from '@/lib/meetings/translations';
import type { CrpDelegation, CrpMeeting } from './crp-model';
import type { UnLanguage } from './masthead-words';
import { untranslatedAgendaItem, untranslatedDelegation, untranslatedField, type UntranslatedWord } from './untranslated-words';

/**
 * The meeting's words as a paper in `language` prints them: the body, subsidiary body, venue,
 * title, agenda item title and delegation names in that language where the secretariat entered
 * them, the main (English) text otherwise. `untranslated` names every fallback, so the export can
 * tell the secretariat what to fill in on the setup page.
 */

export interface DelegationWithNames extends CrpDelegation {
  nameTranslations?: LanguageTexts;
}

export interface PaperTexts {
  meeting: CrpMeeting;
  agendaItem: { number: string; title: string } | null;
  delegations: Map<string, CrpDelegation>;
  /** What fell back to the main text: "venue", "agenda item 2", "delegation Mexico". */
  untranslated: UntranslatedWord[];
}

export function textsInLanguage({
  language,
  meeting,
  agendaItem,
  delegations,
}: {
  language: UnLanguage;
  meeting: CrpMeeting;
  agendaItem: { number: string; title: string; titleTranslations?: LanguageTexts } | null;
  delegations: readonly DelegationWithNames[];
}): PaperTexts {
  const untranslated: UntranslatedWord[] = [];
  if (!isTranslatedLanguage(language)) {
    return {
      meeting,
      agendaItem: agendaItem ? { number: agendaItem.number, title: agendaItem.title } : null,
      delegations: new Map(delegations.map(({ nameTranslations: _names, ...delegation }) => [delegation.id, delegation])),
      untranslated,
    };
  }
  const translation = meeting.translations[language] ?? {};
  const field = (key: MeetingTranslatedField, main: string | null): string | null => {
    if (!main) return main;
    const text = translation[key];
    if (text) return text;
    if (key !== 'title') untranslated.push(untranslatedField(key));
    return main;
  };
  const localMeeting: CrpMeeting = {
    ...meeting,
    title: field('title', meeting.title) ?? meeting.title,
    body: field('body', meeting.body) ?? meeting.body,
    subsidiaryBody: field('subsidiaryBody', meeting.subsidiaryBody),
    venue: field('venue', meeting.venue) ?? meeting.venue,
  };
  let localItem: PaperTexts['agendaItem'] = null;
  if (agendaItem) {
    const title = agendaItem.titleTranslations?.[language];
    if (!title) untranslated.push(untranslatedAgendaItem(agendaItem.number));
    localItem = { number: agendaItem.number, title: title ?? agendaItem.title };
  }
  const localDelegations = new Map<string, CrpDelegation>();
  for (const { nameTranslations, ...delegation } of delegations) {
    const name = nameTranslations?.[language];
    localDelegations.set(delegation.id, name ? { ...delegation, name, shortName: name } : delegation);
  }
  return { meeting: localMeeting, agendaItem: localItem, delegations: localDelegations, untranslated };
}

/** The delegations whose names fell back, among those the paper names: "delegation Mexico". */
export function untranslatedDelegations(
  language: UnLanguage,
  named: ReadonlySet<string>,
  delegations: readonly DelegationWithNames[],
): UntranslatedWord[] {
  if (!isTranslatedLanguage(language)) return [];
  return delegations
    .filter((delegation) => named.has(delegation.id) && delegation.kind !== 'chair' && !delegation.nameTranslations?.[language])
    .map((delegation) => untranslatedDelegation(delegation.name));
}
