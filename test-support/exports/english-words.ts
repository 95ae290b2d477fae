import { MASTHEAD_WORDS, type UnLanguage } from '@/lib/exports/masthead-words';
import { CONVENTION_WORDS } from '@/lib/negotiation/convention-words';
import { DEMO_AGENDA, DEMO_MEETING } from '@/server/db/seed/demo-meeting';
import { DEMO_DELEGATION_NAMES } from '@/server/db/seed/demo-translations';

/**
 * The English words a CRP prints (its template, the convention, the demo meeting's English
 * texts and delegation names, the English month names) less those the paper's own language
 * writes the same ("Canada", "Option 1" in French): any of them in a paper in another language
 * is a leak.
 */
export function englishWordsForeignTo(language: UnLanguage): string[] {
  const en = MASTHEAD_WORDS.en;
  const convention = CONVENTION_WORDS.en;
  const english = [
    en.unitedNations,
    en.notEdited,
    en.secretariatNoteHeading,
    'conference room paper',
    en.commentsHeading,
    en.generalCommentsHeading,
    en.agendaItem('2'),
    ...Object.values(en.statusLabels),
    'Status:',
    convention.replace.trim(),
    convention.with.replace('|', '').trim(),
    convention.delete.trim(),
    convention.alt(1).trim(),
    convention.noText,
    convention.chair,
    convention.secretariat,
    convention.deleteParagraph,
    convention.supportedBy('').trim(),
    convention.opposedBy('').trim(),
    convention.option(1),
    DEMO_MEETING.body,
    DEMO_MEETING.subsidiaryBody,
    DEMO_MEETING.venue,
    DEMO_AGENDA.find((item) => item.number === '2')?.title ?? '',
    'June',
    ...Object.keys(DEMO_DELEGATION_NAMES),
  ];
  const own = ownWords(language);
  return english.filter((word) => word && !own.some((text) => text.includes(word)));
}

function ownWords(language: UnLanguage): string[] {
  if (language === 'en') return [];
  const convention = CONVENTION_WORDS[language];
  return [convention.option(1), convention.chair, ...Object.values(DEMO_DELEGATION_NAMES).map((names) => names[language] ?? '')];
}

/** The places where `word` stands as a word in `text` (Latin words are not matched inside longer ones). */
export function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
}
