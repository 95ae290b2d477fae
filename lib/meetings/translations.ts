/**
 * A meeting's words in the other UN languages: the English (or main) text is in the meeting's
 * own fields; these hold the same body, subsidiary body, venue and title, agenda item titles and
 * delegation names as the Arabic, Chinese, French, Russian and Spanish papers print them. A CRP
 * in one of those languages uses them and falls back to the main text where one is missing.
 */

import { UN_LANGUAGE_NAMES } from '@/lib/import/languages';

export const TRANSLATED_LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

export const TRANSLATED_LANGUAGE_NAMES = Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => [language, UN_LANGUAGE_NAMES[language]])) as Record<
  TranslatedLanguage,
  string
>;

/** One text in each language it has been given in: { fr: 'Vienne', zh: '维也纳' }. */
export type LanguageTexts = Partial<Record<TranslatedLanguage, string>>;

export const MEETING_TRANSLATED_FIELDS = ['title', 'body', 'subsidiaryBody', 'venue'] as const;
export type MeetingTranslatedField = (typeof MEETING_TRANSLATED_FIELDS)[number];
export type MeetingTranslation = Partial<Record<MeetingTranslatedField, string>>;
export type MeetingTranslations = Partial<Record<TranslatedLanguage, MeetingTranslation>>;

export function isTranslatedLanguage(value: string): value is TranslatedLanguage {
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(value);
}

/** The form field (and CSV column) of a text in a language: "venue_fr", "name_zh". */
export function translatedFieldName(field: string, language: TranslatedLanguage): string {
  return `${field}_${language}`;
}

/** The non-empty texts of `field_xx` entries of a form or a list row. */
export function readLanguageTexts(entries: Readonly<Record<string, unknown>>, field: string): LanguageTexts {
  const texts: LanguageTexts = {};
  for (const language of TRANSLATED_LANGUAGES) {
    const value = entries[translatedFieldName(field, language)];
    if (typeof value === 'string' && value.trim() !== '') texts[language] = value.trim();
  }
  return texts;
}

/** The meeting's translations from `title_fr`, `venue_zh`… form fields. */
export function readMeetingTranslations(entries: Readonly<Record<string, unknown>>): MeetingTranslations {
  const translations: MeetingTranslations = {};
  for (const field of MEETING_TRANSLATED_FIELDS) {
    for (const [language, text] of Object.entries(readLanguageTexts(entries, field)) as [TranslatedLanguage, string][]) {
      translations[language] = { ...translations[language], [field]: text };
    }
  }
  return translations;
}

/** Keeps only known languages and non-empty strings of what the database returned (jsonb is untyped on read). */
export function cleanLanguageTexts(value: unknown): LanguageTexts {
  if (!value || typeof value !== 'object') return {};
  return readLanguageTexts(Object.fromEntries(Object.entries(value).map(([language, text]) => [`x_${language}`, text])), 'x');
}

export function cleanMeetingTranslations(value: unknown): MeetingTranslations {
  if (!value || typeof value !== 'object') return {};
  const entries: Record<string, unknown> = {};
  for (const [language, fields] of Object.entries(value)) {
    if (!fields || typeof fields !== 'object') continue;
    for (const [field, text] of Object.entries(fields)) entries[`${field}_${language}`] = text;
  }
  return readMeetingTranslations(entries);
}
