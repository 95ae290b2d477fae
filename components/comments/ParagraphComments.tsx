'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { CommentThread } from './CommentThread';
import type { DraftComments } from './use-draft-comments';
import type { CommentReader } from './types';

export interface ParagraphCommentsProps {
  draftId: string;
  paragraphId: string;
  paragraphLabel: string;
  /** How the room says the paragraph's name ("OP 3"), for the toggle's accessible name; the label when absent. */
  paragraphName?: string;
  reader: CommentReader;
  delegations: ReadonlyArray<{ id: string; name: string }>;
  comments: DraftComments;
}

/** The comment badge of a paragraph card and, when opened, the paragraph's thread. */
export function ParagraphComments(p: ParagraphCommentsProps) {
  const t = useTranslations('comments');
  const [open, setOpen] = useState(false);
  const count = p.comments.counts.paragraphs[p.paragraphId] ?? 0;
  const thread = p.comments.comments.filter((comment) => comment.paragraphId === p.paragraphId);
  const panelId = `comments-${p.paragraphId}`;

  // The words the reader selected inside this paragraph's text, if the selection lies there.
  const readSelection = useCallback((): string | null => {
    const selection = typeof window === 'undefined' ? null : window.getSelection();
    const body = document.getElementById(`paragraph-${p.paragraphId}`)?.querySelector('.paragraph-body');
    if (!selection || selection.isCollapsed || !body) return null;
    const { anchorNode, focusNode } = selection;
    if (!anchorNode || !focusNode || !body.contains(anchorNode) || !body.contains(focusNode)) return null;
    const text = selection.toString().replace(/\s+/g, ' ').trim();
    return text === '' ? null : text;
  }, [p.paragraphId]);

  return (
    <section className="paragraph-comments" aria-label={t('region', { label: p.paragraphLabel })}>
      <button
        type="button"
        className={`comment-badge${count > 0 ? ' has-comments' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('toggle', { name: p.paragraphName ?? p.paragraphLabel, count })}
        onClick={() => setOpen((value) => !value)}
        data-testid="comment-badge"
      >
        {t('count', { count })}
      </button>
      {open ? (
        <div id={panelId} className="comment-panel">
          <CommentThread
            draftId={p.draftId}
            reader={p.reader}
            delegations={p.delegations}
            comments={thread}
            paragraphId={p.paragraphId}
            paragraphLabel={p.paragraphLabel}
            readSelection={readSelection}
            onChanged={() => void p.comments.reload()}
            emptyText={t('emptyParagraph', { label: p.paragraphLabel })}
          />
        </div>
      ) : null}
    </section>
  );
}
