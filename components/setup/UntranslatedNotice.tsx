import { useTranslations } from 'next-intl';
import { useSentenceWords } from '@/components/shell/use-sentence-words';
import type { UntranslatedWord } from '@/lib/exports/untranslated-words';
import { isTranslatedLanguage } from '@/lib/meetings/translations';

/**
 * Tells the secretariat, before it issues a CRP, which words a paper in another language would
 * print in English: the meeting's texts, agenda items and delegation names not yet given in that
 * language (fill them in above, under "… in other languages").
 */
export function UntranslatedNotice({ untranslated }: { untranslated: ReadonlyArray<{ language: string; missing: readonly UntranslatedWord[] }> }) {
  const t = useTranslations('setup.translations');
  const tLanguages = useTranslations('languages');
  const tShell = useTranslations('shell');
  const word = useSentenceWords();
  if (untranslated.length === 0) return null;
  return (
    <div className="setup-untranslated" role="note" data-testid="setup-untranslated">
      {untranslated.map(({ language, missing }) => (
        <p key={language} className="muted">
          {t('untranslated', { language: isTranslatedLanguage(language) ? tLanguages(language) : language, missing: missing.map((entry) => word(entry.sentence, entry.english)).join(tShell('listSeparator')) })}
        </p>
      ))}
    </div>
  );
}
