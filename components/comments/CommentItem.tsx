'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { can } from '@/lib/negotiation/policy';
import { patchComment } from './comment-api';
import { formatMoment } from './format-moment';
import type { CommentJson, CommentReader, PersonJson } from './types';
import { useServerSentence } from '@/components/shell/use-server-sentence';

export interface CommentItemProps {
  draftId: string;
  comment: CommentJson;
  reader: CommentReader;
  /** Shown in overviews, where comments of many paragraphs are listed together. */
  context?: string;
  onChanged(): void;
  onReply?: () => void;
}

/** One comment: who, for which delegation, when; its text (plain, never HTML); edit, versions, withdraw. */
export function CommentItem({ draftId, comment, reader, context, onChanged, onReply }: CommentItemProps) {
  const t = useTranslations('comments');
  const wordServer = useServerSentence();
  const nameOf = (person: PersonJson) => wordServer(person.said ?? {}, person.name);
  const delegationName = nameOf(comment.delegation);
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body ?? '');
  const [showVersions, setShowVersions] = useState(false);
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mayChange = !comment.withdrawn && can(reader, 'editComment', { commentAuthor: comment.author.id });
  const earlier = comment.versions.slice(0, -1).reverse();

  async function change(patch: { body: string } | { withdrawn: true }) {
    const result = await patchComment(draftId, comment.id, patch);
    if (!result.ok) {
      setError(result.said ? wordServer(result.said, result.error) : result.error);
      return;
    }
    setError(null);
    setEditing(false);
    setConfirmingWithdraw(false);
    onChanged();
  }

  return (
    <article className={`comment${comment.withdrawn ? ' is-withdrawn' : ''}`} data-testid="comment" aria-label={t('by', { name: delegationName })}>
      <header className="comment-head">
        <strong className="comment-delegation">{delegationName}</strong>
        <span className="comment-author">{nameOf(comment.author)}</span>
        <time dateTime={comment.createdAt} className="comment-time">
          {formatMoment(comment.createdAt, undefined, locale)}
        </time>
        {comment.edited ? <span className="comment-edited">{t('edited')}</span> : null}
        {context ? <span className="comment-context">{context}</span> : null}
      </header>
      {comment.withdrawn ? (
        <p className="comment-withdrawn-note">
          {t('withdrawnBy', { name: delegationName })} · {formatMoment(comment.withdrawn.at, undefined, locale)}
          {can(reader, 'reviewComments') ? ` · ${t('withdrawnKept', { person: nameOf(comment.withdrawn.by) })}` : ''}
        </p>
      ) : null}
      {comment.quote ? <blockquote className="comment-quote">{comment.quote}</blockquote> : null}
      {editing ? (
        <form
          className="comment-edit"
          onSubmit={(event) => {
            event.preventDefault();
            void change({ body: draft });
          }}
        >
          <textarea value={draft} onChange={(event) => setDraft(event.target.value)} rows={3} aria-label={t('editComment')} autoFocus />
          <div className="comment-composer-row">
            <button type="submit" className="button-primary button-small" disabled={draft.trim() === ''}>
              {t('saveEdit')}
            </button>
            <button type="button" className="button-quiet button-small" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : comment.body !== null ? (
        <p className="comment-body">{comment.body}</p>
      ) : null}
      {showVersions && earlier.length > 0 ? (
        <ol className="comment-versions" aria-label={t('earlierVersions')}>
          {earlier.map((version) => (
            <li key={version.id}>
              <span className="comment-version-meta">
                {formatMoment(version.editedAt, undefined, locale)} · {nameOf(version.editedBy)}
              </span>
              <p className="comment-body">{version.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="comment-actions">
        {onReply && !comment.withdrawn ? (
          <button type="button" className="button-link" onClick={onReply}>
            {t('reply')}
          </button>
        ) : null}
        {earlier.length > 0 ? (
          <button type="button" className="button-link" onClick={() => setShowVersions((open) => !open)} aria-expanded={showVersions}>
            {showVersions ? t('hideVersions') : t('showVersions', { count: earlier.length })}
          </button>
        ) : null}
        {mayChange && !editing ? (
          <button
            type="button"
            className="button-link"
            onClick={() => {
              setDraft(comment.body ?? '');
              setEditing(true);
            }}
          >
            {t('edit')}
          </button>
        ) : null}
        {mayChange && !confirmingWithdraw ? (
          <button type="button" className="button-link button-link-danger" onClick={() => setConfirmingWithdraw(true)}>
            {t('withdraw')}
          </button>
        ) : null}
        {confirmingWithdraw ? (
          <span className="comment-confirm">
            {t('confirmWithdraw', { name: delegationName })}
            <button type="button" className="button-quiet button-small button-danger" onClick={() => void change({ withdrawn: true })}>
              {t('confirmWithdrawal')}
            </button>
            <button type="button" className="button-quiet button-small" onClick={() => setConfirmingWithdraw(false)}>
              {t('keepIt')}
            </button>
          </span>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  );
}
