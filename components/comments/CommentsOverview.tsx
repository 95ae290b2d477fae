'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CommentItem } from './CommentItem';
import type { DraftComments } from './use-draft-comments';
import type { CommentReader } from './types';

export interface CommentsOverviewProps {
  draftId: string;
  reader: CommentReader;
  delegations: ReadonlyArray<{ id: string; name: string }>;
  paragraphs: ReadonlyArray<{ id: string; label: string }>;
  comments: DraftComments;
}

const ALL = '';
const GENERAL = 'general';

/**
 * Every comment on the draft in one list, filtered by delegation and paragraph: how the
 * secretariat checks what it will compile into the CRP. Withdrawn comments are included.
 */
export function CommentsOverview(p: CommentsOverviewProps) {
  const t = useTranslations('comments');
  const [delegation, setDelegation] = useState(ALL);
  const [paragraph, setParagraph] = useState(ALL);
  const labels = new Map(p.paragraphs.map((item) => [item.id, item.label]));
  const speakers = new Map<string, string>();
  for (const comment of p.comments.comments) {
    if (comment.delegation.id) speakers.set(comment.delegation.id, comment.delegation.name);
  }
  const shown = p.comments.comments.filter(
    (comment) =>
      (delegation === ALL || comment.delegation.id === delegation) &&
      (paragraph === ALL || (paragraph === GENERAL ? comment.paragraphId === null : comment.paragraphId === paragraph)),
  );
  const where = (paragraphId: string | null) =>
    paragraphId === null ? t('general') : labels.has(paragraphId) ? t('paragraph', { label: labels.get(paragraphId) ?? '' }) : t('removedParagraph');

  return (
    <section className="comments-overview card" aria-labelledby="comments-overview-title">
      <h2 id="comments-overview-title">{t('all')}</h2>
      <div className="comment-filters">
        <label className="inline-label">
          {t('delegation')}
          <select value={delegation} onChange={(event) => setDelegation(event.target.value)} aria-label={t('filterDelegation')}>
            <option value={ALL}>{t('allDelegations')}</option>
            {[...speakers].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          {t('paragraphLabel')}
          <select value={paragraph} onChange={(event) => setParagraph(event.target.value)} aria-label={t('filterParagraph')}>
            <option value={ALL}>{t('allParagraphs')}</option>
            <option value={GENERAL}>{t('generalComments')}</option>
            {p.paragraphs.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" data-testid="comments-overview-count">
          {t('count', { count: shown.length })}
        </span>
      </div>
      <ol className="comment-conversations">
        {shown.map((comment) => (
          <li key={comment.id}>
            <CommentItem
              draftId={p.draftId}
              comment={comment}
              reader={p.reader}
              context={where(comment.paragraphId)}
              onChanged={() => void p.comments.reload()}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
