'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { can } from '@/lib/negotiation/policy';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { buildThread } from './thread-tree';
import type { CommentJson, CommentReader } from './types';

export interface CommentThreadProps {
  draftId: string;
  reader: CommentReader;
  delegations: ReadonlyArray<{ id: string; name: string }>;
  comments: readonly CommentJson[];
  /** Null: the draft's general thread. */
  paragraphId: string | null;
  paragraphLabel?: string;
  readSelection?: () => string | null;
  onChanged(): void;
  emptyText: string;
}

/** A thread: conversations oldest first, each with its replies, then a box for a new comment. */
export function CommentThread(p: CommentThreadProps) {
  const t = useTranslations('comments');
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const writer = can(p.reader, 'comment');
  const conversations = buildThread(p.comments);
  const composer = (replyTo: string | null) => (
    <CommentComposer
      draftId={p.draftId}
      reader={p.reader}
      delegations={p.delegations}
      paragraphId={p.paragraphId}
      replyTo={replyTo}
      {...(p.paragraphLabel ? { paragraphLabel: p.paragraphLabel } : {})}
      {...(p.readSelection && !replyTo ? { readSelection: p.readSelection } : {})}
      onSent={() => {
        setReplyingTo(null);
        p.onChanged();
      }}
      {...(replyTo ? { onCancel: () => setReplyingTo(null) } : {})}
    />
  );

  return (
    <div className="comment-thread">
      {conversations.length === 0 ? <p className="muted comment-empty">{p.emptyText}</p> : null}
      <ol className="comment-conversations">
        {conversations.map((node) => (
          <li key={node.comment.id} className="comment-conversation">
            <CommentItem
              draftId={p.draftId}
              comment={node.comment}
              reader={p.reader}
              onChanged={p.onChanged}
              {...(writer ? { onReply: () => setReplyingTo(node.comment.id) } : {})}
            />
            {node.replies.length > 0 || replyingTo === node.comment.id ? (
              <ol className="comment-replies" aria-label={t('replies')}>
                {node.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentItem
                      draftId={p.draftId}
                      comment={reply}
                      reader={p.reader}
                      onChanged={p.onChanged}
                      {...(writer ? { onReply: () => setReplyingTo(node.comment.id) } : {})}
                    />
                  </li>
                ))}
                {replyingTo === node.comment.id ? <li>{composer(node.comment.id)}</li> : null}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
      {writer ? (
        composer(null)
      ) : (
        <p className="muted comment-readonly">{t('readOnly')}</p>
      )}
    </div>
  );
}
