/** The six official languages of the United Nations, in the order the UN lists them (by English name). */
export const LOCALES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** The cookie that remembers the language chosen before signing in (and on this browser after). */
export const LOCALE_COOKIE = 'concord-locale';

/** Each language named in itself, so a reader finds their own whatever the current language. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Arabic is written right to left; the other five left to right. */
export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The best of the six languages for an Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8"),
 * by quality then order; null when the browser asks for none of them.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLocale) ?? null;
}

/** The user's stored choice first, then the cookie, then the browser's languages, then English. */
export function chooseLocale(sources: { stored?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.stored)) return sources.stored;
  if (isLocale(sources.cookie)) return sources.cookie;
  return negotiateLocale(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** A locale string from next-intl narrowed to one of the six (English when it is not one). */
export function asLocale(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
