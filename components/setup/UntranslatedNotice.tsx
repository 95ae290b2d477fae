import { TRANSLATED_LANGUAGE_NAMES, isTranslatedLanguage } from '@/lib/meetings/translations';

/**
 * Tells the secretariat, before it issues a CRP, which words a paper in another language would
 * print in English: the meeting's texts, agenda items and delegation names not yet given in that
 * language (fill them in above, under "… in other languages").
 */
export function UntranslatedNotice({ untranslated }: { untranslated: ReadonlyArray<{ language: string; missing: readonly string[] }> }) {
  if (untranslated.length === 0) return null;
  return (
    <div className="setup-untranslated" role="note" data-testid="setup-untranslated">
      {untranslated.map(({ language, missing }) => (
        <p key={language} className="muted">
          Papers in {isTranslatedLanguage(language) ? TRANSLATED_LANGUAGE_NAMES[language] : language} will print these in English: {missing.join(', ')}.
        </p>
      ))}
    </div>
  );
}
