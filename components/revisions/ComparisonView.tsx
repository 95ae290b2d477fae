import type { DraftComparison, ParagraphChange, ParagraphComparison } from '@/lib/negotiation/compare';
import Link from 'next/link';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';
import { comparisonItems, describeHidden } from './changes-only';
import { paragraphTextAttributes } from '@/lib/negotiation/text-direction';

const CHANGE_LABELS: Record<ParagraphChange, string> = {
  added: 'New',
  removed: 'Removed',
  moved: 'Moved',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

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
  /** The draft's original language, which sets the direction of its text. */
  language?: string;
}) {
  const { counts } = comparison;
  const changedCount = counts.added + counts.removed + counts.moved + counts.changed;
  const { items, hidden } = comparisonItems(comparison, changesOnly);
  return (
    <div className="comparison">
      <p className="comparison-summary" data-testid="comparison-summary">
        {changedCount === 0
          ? `No differences between ${fromName} and ${toName}.`
          : `${counts.changed} changed, ${counts.added} new, ${counts.removed} removed, ${counts.moved} moved, ${counts.unchanged} unchanged.`}
      </p>
      <p className="muted comparison-key">
        <del className="diff-del">Struck</del> only in {fromName}; <ins className="diff-ins">underlined</ins> only in {toName}.
      </p>
      {toggleHref ? (
        <p className="comparison-toggle">
          <Link href={toggleHref} className="button-quiet" data-testid="changes-only">
            {changesOnly ? 'Show all paragraphs' : 'Changes only'}
          </Link>
          {changesOnly ? (
            <span className="muted" data-testid="hidden-count">
              {hidden === 0 ? ' No paragraph is hidden.' : ` ${hidden} unchanged ${hidden === 1 ? 'paragraph is' : 'paragraphs are'} hidden.`}
            </span>
          ) : null}
        </p>
      ) : null}
      <ol className="comparison-paragraphs" aria-label="Paragraphs compared">
        {items.map((item) =>
          item.kind === 'paragraph' ? (
            <ComparedParagraph key={item.paragraph.id} paragraph={item.paragraph} language={language} />
          ) : (
            <li key={`hidden-${item.firstLabel}`} className="compared-hidden muted" data-testid="compared-hidden">
              {describeHidden(item)}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}

function ComparedParagraph({ paragraph, language }: { paragraph: ParagraphComparison; language?: string }) {
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
        <span className={`change-chip change-${paragraph.change}`}>{CHANGE_LABELS[paragraph.change]}</span>
        {paragraph.statusChanged && paragraph.before && paragraph.after ? (
          <span className="status-change" data-testid="status-change">
            <span className={`status-chip status-${paragraph.before.status}`}>{STATUS_LABELS[paragraph.before.status]}</span> →{' '}
            <span className={`status-chip status-${paragraph.after.status}`}>{STATUS_LABELS[paragraph.after.status]}</span>
          </span>
        ) : side ? (
          <span className={`status-chip status-${side.status}`}>{STATUS_LABELS[side.status]}</span>
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
