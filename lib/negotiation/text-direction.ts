/**
 * Which way a draft's paragraphs run. A draft is written in one language (its original language):
 * an Arabic draft reads right to left even where a paragraph opens with a Latin acronym or an
 * English title, and an English draft left to right even around quoted Arabic words. The browser's
 * bidirectional algorithm then puts the other script's words in their own order inside that base
 * direction. Only a language we cannot place falls back to `auto` (the paragraph's first letter).
 */
export type TextDirection = 'ltr' | 'rtl' | 'auto';

/** Scripts written right to left, by primary language subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The primary subtag of a language tag ("ar-EG" → "ar"), or '' when there is none. */
function primaryLanguage(language: string | null | undefined): string {
  return (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function paragraphDirection(language: string | null | undefined): TextDirection {
  const primary = primaryLanguage(language);
  if (!/^[a-z]{2,3}$/.test(primary)) return 'auto';
  return RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr';
}

/** The attributes every element holding a paragraph's text carries: its direction and language. */
export function paragraphTextAttributes(language: string | null | undefined): { dir: TextDirection; lang?: string } {
  const primary = primaryLanguage(language);
  const dir = paragraphDirection(language);
  return dir === 'auto' ? { dir } : { dir, lang: primary };
}
