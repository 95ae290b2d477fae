import { useTranslations } from 'next-intl';
import type { ParagraphText } from '@/lib/revisions/paragraph-text';
import { attributionOf, type Attributions } from './attributions';
import { SegmentText } from './SegmentText';
import { paragraphTextAttributes } from '@/lib/negotiation/text-direction';

/** A whole draft, read-only: each paragraph with its label, status and bracketed proposals. */
export function RevisionDocument({
  paragraphs,
  attributions,
  language,
}: {
  paragraphs: readonly ParagraphText[];
  attributions: Attributions;
  /** The draft's original language, which sets the direction and language of its text. */
  language?: string;
}) {
  const t = useTranslations('revisions');
  const tStatus = useTranslations('statuses');
  if (paragraphs.length === 0) return <p className="muted">{t('noParagraphs')}</p>;
  return (
    <ol className="revision-paragraphs" aria-label={t('paragraphs')}>
      {paragraphs.map((paragraph) => (
        <li
          key={paragraph.id}
          className={`paragraph-card status-${paragraph.status}`}
          data-testid={`revision-paragraph-${paragraph.label}`}
          data-status={paragraph.status}
        >
          <div className="paragraph-head">
            <span className="paragraph-label">{paragraph.kind === 'PP' && !paragraph.label.startsWith('PP') ? `PP ${paragraph.label}` : paragraph.label}</span>
            <span className={`status-chip status-${paragraph.status}`}>{tStatus(paragraph.status)}</span>
            {paragraph.proposedBy ? (
              <span className="proposed-by">{t('newParagraphBy', { delegation: attributionOf(attributions, paragraph.proposedBy).name })}</span>
            ) : null}
            {paragraph.deletionProposedBy ? (
              <span className="proposed-by">[delete paragraph] ({attributionOf(attributions, paragraph.deletionProposedBy).name})</span>
            ) : null}
          </div>
          <p className={`paragraph-body revision-text${paragraph.status === 'deleted' ? ' is-deleted' : ''}`} {...paragraphTextAttributes(language)}>
            <SegmentText segments={paragraph.segments} attributions={attributions} />
          </p>
        </li>
      ))}
    </ol>
  );
}
