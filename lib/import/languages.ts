/** The six official languages of the United Nations: a draft's "Original:" language is one of them. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

export const UN_LANGUAGE_NAMES: Record<UnLanguage, string> = {
  ar: 'Arabic',
  zh: 'Chinese',
  en: 'English',
  fr: 'French',
  ru: 'Russian',
  es: 'Spanish',
};
