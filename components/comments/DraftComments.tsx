'use client';

import { useTranslations } from 'next-intl';
import { can } from '@/lib/negotiation/policy';
import { CommentThread } from './CommentThread';
import { CommentsOverview } from './CommentsOverview';
import type { DraftComments as DraftCommentsData } from './use-draft-comments';
import type { CommentReader } from './types';

export interface DraftCommentsProps {
  draftId: string;
  reader: CommentReader;
  delegations: ReadonlyArray<{ id: string; name: string }>;
  paragraphs: ReadonlyArray<{ id: string; label: string }>;
  comments: DraftCommentsData;
}

/** Below the paragraphs: the draft's general thread and, for the secretariat, every comment with filters. */
export function DraftComments(p: DraftCommentsProps) {
  const t = useTranslations('comments');
  const general = p.comments.comments.filter((comment) => comment.paragraphId === null);
  return (
    <div className="draft-comments">
      {p.comments.error ? (
        <p className="notice notice-error" role="alert">
          {t('loadFailed', { error: p.comments.error })}
        </p>
      ) : null}
      <section className="card general-comments" aria-labelledby="general-comments-title">
        <h2 id="general-comments-title">{t('generalOnDraft')}</h2>
        <CommentThread
          draftId={p.draftId}
          reader={p.reader}
          delegations={p.delegations}
          comments={general}
          paragraphId={null}
          onChanged={() => void p.comments.reload()}
          emptyText={t('noGeneral')}
        />
      </section>
      {can(p.reader, 'reviewComments') ? (
        <CommentsOverview draftId={p.draftId} reader={p.reader} delegations={p.delegations} paragraphs={p.paragraphs} comments={p.comments} />
      ) : null}
    </div>
  );
}
