import { useTranslations } from 'next-intl';
import { TRANSLATED_LANGUAGES, translatedFieldName, type LanguageTexts } from '@/lib/meetings/translations';

/**
 * A text in the other UN languages, folded away: "Name in Arabic", "Name in Chinese"… Papers in
 * those languages print it; an empty field falls back to the main text (the export says which).
 */
export function TranslationFields({ field, label, values = {}, wide = false }: { field: string; label: string; values?: LanguageTexts; wide?: boolean }) {
  const t = useTranslations('setup.translations');
  const tLanguages = useTranslations('languages');
  const given = TRANSLATED_LANGUAGES.filter((language) => values[language]).length;
  return (
    <details className={`setup-translations${wide ? ' setup-wide' : ''}`}>
      <summary>
        {given > 0 ? t('inOtherGiven', { label, given, total: TRANSLATED_LANGUAGES.length }) : t('inOther', { label })}
      </summary>
      {TRANSLATED_LANGUAGES.map((language) => (
        <label key={language}>
          {t('inLanguage', { label, language: tLanguages(language) })}
          <input name={translatedFieldName(field, language)} defaultValue={values[language] ?? ''} lang={language} dir={language === 'ar' ? 'rtl' : 'auto'} />
        </label>
      ))}
    </details>
  );
}
