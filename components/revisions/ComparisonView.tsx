import type { DraftComparison, ParagraphComparison } from '@/lib/negotiation/compare';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { comparisonItems } from './changes-only';
import { paragraphTextAttributes } from '@/lib/negotiation/text-direction';

/**
 * Paragraph by paragraph: what is new, removed, moved or changed, with a word-level diff. "Changes
 * only" is a link (shareable, no script needed) that folds each run of unchanged paragraphs into
 * one line saying how many stood there.
 */
export function ComparisonView({
  comparison,
  fromName,
  toName,
  changesOnly = false,
  toggleHref,
  language,
}: {
  comparison: DraftComparison;
  fromName: string;
  toName: string;
  changesOnly?: boolean;
  /** The same comparison with the other setting of "changes only". */
  toggleHref?: string;
  /** The draft's original language, which sets the direction and language of its text. */
  language?: string;
}) {
  const t = useTranslations('compare');
  const { counts } = comparison;
  const changedCount = counts.added + counts.removed + counts.moved + counts.changed;
  const { items, hidden } = comparisonItems(comparison, changesOnly);
  return (
    <div className="comparison">
      <p className="comparison-summary" data-testid="comparison-summary">
        {changedCount === 0
          ? t('noDifferences', { from: fromName, to: toName })
          : t('counts', { changed: counts.changed, added: counts.added, removed: counts.removed, moved: counts.moved, unchanged: counts.unchanged })}
      </p>
      <p className="muted comparison-key">
        {t.rich('key', {
          from: fromName,
          to: toName,
          del: (chunks) => <del className="diff-del">{chunks}</del>,
          ins: (chunks) => <ins className="diff-ins">{chunks}</ins>,
        })}
      </p>
      {toggleHref ? (
        <p className="comparison-toggle">
          <Link href={toggleHref} className="button-quiet" data-testid="changes-only">
            {changesOnly ? t('showAll') : t('changesOnly')}
          </Link>
          {changesOnly ? (
            <span className="muted" data-testid="hidden-count">
              {' '}
              {t('hidden', { count: hidden })}
            </span>
          ) : null}
        </p>
      ) : null}
      <ol className="comparison-paragraphs" aria-label={t('paragraphsCompared')}>
        {items.map((item) =>
          item.kind === 'paragraph' ? (
            <ComparedParagraph key={item.paragraph.id} paragraph={item.paragraph} language={language} />
          ) : (
            <li key={`hidden-${item.firstLabel}`} className="compared-hidden muted" data-testid="compared-hidden">
              {item.count === 1 ? t('hiddenOne', { label: item.firstLabel }) : t('hiddenRun', { count: item.count, first: item.firstLabel, last: item.lastLabel })}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}

function ComparedParagraph({ paragraph, language }: { paragraph: ParagraphComparison; language?: string | undefined }) {
  const t = useTranslations('compare');
  const tStatus = useTranslations('statuses');
  const side = paragraph.after ?? paragraph.before;
  const label = paragraph.labelChanged ? `${paragraph.before?.label} → ${paragraph.after?.label}` : (side?.label ?? '');
  return (
    <li
      className={`compared-paragraph change-${paragraph.change}`}
      data-testid={`compared-paragraph-${side?.label ?? paragraph.id}`}
      data-change={paragraph.change}
    >
      <div className="paragraph-head">
        <span className="paragraph-label">{label}</span>
        <span className={`change-chip change-${paragraph.change}`}>{t(`change.${paragraph.change}`)}</span>
        {paragraph.statusChanged && paragraph.before && paragraph.after ? (
          <span className="status-change" data-testid="status-change">
            <span className={`status-chip status-${paragraph.before.status}`}>{tStatus(paragraph.before.status)}</span> →{' '}
            <span className={`status-chip status-${paragraph.after.status}`}>{tStatus(paragraph.after.status)}</span>
          </span>
        ) : side ? (
          <span className={`status-chip status-${side.status}`}>{tStatus(side.status)}</span>
        ) : null}
      </div>
      <p className="paragraph-body comparison-text" {...paragraphTextAttributes(language)}>
        {paragraph.diff.map((segment, index) =>
          segment.kind === 'same' ? (
            <span key={index}>{segment.text}</span>
          ) : segment.kind === 'inserted' ? (
            <ins key={index} className="diff-ins">
              {segment.text}
            </ins>
          ) : (
            <del key={index} className="diff-del">
              {segment.text}
            </del>
          ),
        )}
      </p>
    </li>
  );
}
