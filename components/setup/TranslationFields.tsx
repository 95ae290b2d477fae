import { TRANSLATED_LANGUAGES, TRANSLATED_LANGUAGE_NAMES, translatedFieldName, type LanguageTexts } from '@/lib/meetings/translations';

/**
 * A text in the other UN languages, folded away: "Name in Arabic", "Name in Chinese"… Papers in
 * those languages print it; an empty field falls back to the main text (the export says which).
 */
export function TranslationFields({ field, label, values = {}, wide = false }: { field: string; label: string; values?: LanguageTexts; wide?: boolean }) {
  const given = TRANSLATED_LANGUAGES.filter((language) => values[language]).length;
  return (
    <details className={`setup-translations${wide ? ' setup-wide' : ''}`}>
      <summary>
        {label} in other languages{given > 0 ? ` (${given} of ${TRANSLATED_LANGUAGES.length})` : ''}
      </summary>
      {TRANSLATED_LANGUAGES.map((language) => (
        <label key={language}>
          {label} in {TRANSLATED_LANGUAGE_NAMES[language]}
          <input name={translatedFieldName(field, language)} defaultValue={values[language] ?? ''} lang={language} dir={language === 'ar' ? 'rtl' : 'auto'} />
        </label>
      ))}
    </details>
  );
}
