import { useLocale, useTranslations } from 'next-intl';
import { LANGUAGE_NAMES, LOCALES } from '@/lib/i18n/locales';

/**
 * The six UN languages, each named in itself. The page changes only when the button is pressed:
 * changing language on merely moving through the list would change the page under a keyboard
 * user's feet (WCAG "on input"). A plain form, so it works before any script has loaded.
 */
export function LanguageSwitcher({ action }: { action: (form: FormData) => Promise<void> }) {
  const t = useTranslations('shell');
  const locale = useLocale();
  return (
    <form action={action} className="language-switcher">
      <label>
        <span className="visually-hidden">{t('language')}</span>
        <select name="locale" defaultValue={locale} key={locale}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button-quiet button-small" aria-label={t('changeLanguageName')}>
        {t('changeLanguage')}
      </button>
    </form>
  );
}
