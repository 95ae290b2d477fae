'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRef } from 'react';
import { LANGUAGE_NAMES, LOCALES } from '@/lib/i18n/locales';

/**
 * The six UN languages, each named in itself. Choosing one submits at once; the button is
 * there for keyboards and for browsers without JavaScript.
 */
export function LanguageSwitcher({ action }: { action: (form: FormData) => Promise<void> }) {
  const t = useTranslations('shell');
  const locale = useLocale();
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={action} className="language-switcher">
      <label>
        <span className="visually-hidden">{t('language')}</span>
        <select name="locale" defaultValue={locale} onChange={() => form.current?.requestSubmit()} key={locale}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit" className="button-quiet button-small">
          {t('changeLanguage')}
        </button>
      </noscript>
    </form>
  );
}
