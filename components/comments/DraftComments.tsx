'use client';

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
  const general = p.comments.comments.filter((comment) => comment.paragraphId === null);
  return (
    <div className="draft-comments">
      {p.comments.error ? (
        <p className="notice notice-error" role="alert">
          Comments could not be loaded: {p.comments.error}
        </p>
      ) : null}
      <section className="card general-comments" aria-labelledby="general-comments-title">
        <h2 id="general-comments-title">General comments on the draft</h2>
        <CommentThread
          draftId={p.draftId}
          reader={p.reader}
          delegations={p.delegations}
          comments={general}
          paragraphId={null}
          onChanged={() => void p.comments.reload()}
          emptyText="No general comments yet."
        />
      </section>
      {can(p.reader, 'reviewComments') ? (
        <CommentsOverview draftId={p.draftId} reader={p.reader} delegations={p.delegations} paragraphs={p.paragraphs} comments={p.comments} />
      ) : null}
    </div>
  );
}
