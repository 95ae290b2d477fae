import { useTranslations } from 'next-intl';
import { useServerSentence } from '@/components/shell/use-server-sentence';
import type { ParagraphStructure } from '@/lib/import/describe-paragraph';
import type { ImportCounts } from '@/lib/import/to-new-paragraphs';
import type { ImportWarning } from '@/lib/import/types';
import type { PreviewParagraph } from '@/lib/import/draft-import-preview';

const by = (attribution: string | null) => (attribution ? ` (${attribution})` : '');

/**
 * The paragraphs an import would create, written the way the draft will show them, with the
 * structure the parser found in each (brackets and their nesting, alternatives, options,
 * attributions) and what it noticed.
 */
export function ImportPreview({ paragraphs, warnings, counts }: { paragraphs: PreviewParagraph[]; warnings: ImportWarning[]; counts: ImportCounts }) {
  const t = useTranslations('setup.importPreview');
  const wordServer = useServerSentence();
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">{t('heading')}</h2>
      <p data-testid="import-summary">
        {t('summary', {
          paragraphs: paragraphs.length,
          preambular: counts.preambular,
          operative: counts.operative,
          brackets: counts.brackets,
          spots: counts.alternativeSpots,
          options: counts.options,
          attributions: counts.attributions,
        })}
      </p>
      {warnings.length > 0 ? (
        <div className="notice notice-warning">
          <p>{t('pleaseCheck')}</p>
          <ul className="import-warnings">
            {warnings.map((warning, index) => (
              <li key={index}>{warning.sentence ? wordServer(warning.sentence, warning.message) : warning.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="import-paragraphs">
        {paragraphs.map((paragraph) => (
          <li key={paragraph.label} className="import-paragraph" data-testid={`preview-${paragraph.label}`}>
            <span className="import-label">{paragraph.label}</span>
            <span className="import-kind">{paragraph.kind}</span>
            <span className="import-text">
              {paragraph.text}
            </span>
            <Structure structure={paragraph.structure} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Structure({ structure }: { structure: ParagraphStructure }) {
  const t = useTranslations('setup.importPreview');
  const { brackets, spots, options } = structure;
  if (brackets.length === 0 && options.length === 0) return null;
  return (
    <dl className="import-structure muted">
      {brackets.length > 0 ? (
        <>
          <dt>{t('brackets')}</dt>
          <dd>
            <ul>
              {brackets.map((bracket, index) => (
                <li key={index} style={{ marginInlineStart: `${bracket.depth * 1.25}em` }} data-depth={bracket.depth}>
                  [{bracket.text}]{by(bracket.attribution)}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {spots.length > 0 ? (
        <>
          <dt>{t('alternatives')}</dt>
          <dd>
            <ul>
              {spots.map((spot, index) => (
                <li key={index}>
                  {spot.form === 'slash' ? t('slash') : t('adjacent')}{' '}
                  {spot.alternatives.map((alternative) => `${alternative.text}${by(alternative.attribution)}`).join(' | ')}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {options.length > 0 ? (
        <>
          <dt>{t('options')}</dt>
          <dd>
            <ul>
              {options.map((option, index) => (
                <li key={index}>
                  {option.label}: {option.text}
                  {by(option.attribution)}
                  {option.noText ? ` — ${t('noText')}` : ''}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
