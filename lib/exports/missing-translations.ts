import type { LanguageTexts } from '@/lib/meetings/translations';
import { mastheadLanguage, type UnLanguage } from './masthead-words';
import { textsInLanguage } from './paper-language';
import { untranslatedAgendaItem, untranslatedDelegation, type UntranslatedWord } from './untranslated-words';
import type { CrpMeeting } from './crp-model';

/**
 * What each of the meeting's papers in a language other than English would print in English,
 * for want of a translation: shown on the setup page, where the secretariat can fill them in
 * before issuing. Every delegation counts (any may speak), retired ones aside.
 */
export function missingTranslations({
  meeting,
  draftLanguages,
  agenda,
  delegations,
}: {
  meeting: CrpMeeting;
  draftLanguages: readonly string[];
  agenda: ReadonlyArray<{ number: string; title: string; titleTranslations: LanguageTexts }>;
  delegations: ReadonlyArray<{ name: string; retired: boolean; nameTranslations: LanguageTexts }>;
}): Array<{ language: UnLanguage; missing: UntranslatedWord[] }> {
  const languages = [...new Set(draftLanguages.map(mastheadLanguage))].filter((language) => language !== 'en').sort();
  return languages
    .map((language) => {
      const meetingWords = textsInLanguage({ language, meeting, agendaItem: null, delegations: [] }).untranslated;
      const items = agenda.filter((item) => !item.titleTranslations[language as keyof LanguageTexts]).map((item) => untranslatedAgendaItem(item.number));
      const names = delegations
        .filter((delegation) => !delegation.retired && !delegation.nameTranslations[language as keyof LanguageTexts])
        .map((delegation) => untranslatedDelegation(delegation.name));
      return { language, missing: [...meetingWords, ...items, ...names] };
    })
    .filter((entry) => entry.missing.length > 0);
}
