import type { DraftComparison, ParagraphChange, ParagraphComparison } from '@/lib/negotiation/compare';
import { STATUS_LABELS } from '@/lib/negotiation/statuses';

const CHANGE_LABELS: Record<ParagraphChange, string> = {
  added: 'New',
  removed: 'Removed',
  moved: 'Moved',
  changed: 'Changed',
  unchanged: 'Unchanged',
};

/** Paragraph by paragraph: what is new, removed, moved or changed, with a word-level diff. */
export function ComparisonView({ comparison, fromName, toName }: { comparison: DraftComparison; fromName: string; toName: string }) {
  const { counts } = comparison;
  const changedCount = counts.added + counts.removed + counts.moved + counts.changed;
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
      <ol className="comparison-paragraphs" aria-label="Paragraphs compared">
        {comparison.paragraphs.map((paragraph) => (
          <ComparedParagraph key={paragraph.id} paragraph={paragraph} />
        ))}
      </ol>
    </div>
  );
}

function ComparedParagraph({ paragraph }: { paragraph: ParagraphComparison }) {
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
      <p className="paragraph-body comparison-text">
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
