'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { actingDelegation, can } from '@/lib/negotiation/policy';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { postComment } from './comment-api';
import type { CommentReader } from './types';
import { useServerSentence } from '@/components/shell/use-server-sentence';

/** Same limit as the server (server/comments/comment-input.ts); the server has the last word. */
const MAX_LENGTH = 10_000;

export interface ComposerProps {
  draftId: string;
  reader: CommentReader;
  delegations: ReadonlyArray<{ id: string; name: string }>;
  paragraphId: string | null;
  /** Set for a reply; the reply joins the thread of the comment it answers. */
  replyTo?: string | null;
  /** Reads the words selected in the paragraph, or null when nothing there is selected. */
  readSelection?: () => string | null;
  paragraphLabel?: string;
  submitLabel?: string;
  onSent(): void;
  onCancel?: () => void;
}

export function CommentComposer(p: ComposerProps) {
  const id = useId();
  const t = useTranslations('comments');
  const wordServer = useServerSentence();
  const locale = useLocale();
  const [body, setBody] = useState('');
  const [quote, setQuote] = useState<string | null>(null);
  const [onBehalfOf, setOnBehalfOf] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const secretariat = can(p.reader, 'actOnBehalf');
  const tooLong = body.length > MAX_LENGTH;
  const ownName = p.delegations.find((delegation) => delegation.id === p.reader.delegationId)?.name;
  const speakingAs = actingDelegation(p.reader) === CHAIR_DELEGATION ? t('chair') : ownName;

  async function submit() {
    setBusy(true);
    const result = await postComment(p.draftId, {
      body,
      paragraphId: p.paragraphId,
      replyTo: p.replyTo ?? null,
      quote,
      ...(secretariat ? { onBehalfOf: onBehalfOf || null } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.said ? wordServer(result.said, result.error) : result.error);
      return;
    }
    setBody('');
    setQuote(null);
    setError(null);
    p.onSent();
  }

  function takeQuote() {
    const selected = p.readSelection?.() ?? null;
    if (selected) {
      setQuote(selected);
      setError(null);
    } else {
      setError(t('selectFirst', { label: p.paragraphLabel ?? '' }));
    }
  }

  return (
    <form
      className="comment-composer"
      aria-label={p.replyTo ? t('reply') : t('newComment')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {secretariat ? (
        <label className="comment-on-behalf">
          {t('onBehalfOf')}
          <select value={onBehalfOf} onChange={(event) => setOnBehalfOf(event.target.value)} required>
            <option value="">{t('chooseDelegation')}</option>
            {p.delegations.map((delegation) => (
              <option key={delegation.id} value={delegation.id}>
                {delegation.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {quote ? (
        <div className="comment-quote-draft">
          <blockquote className="comment-quote">{quote}</blockquote>
          <button type="button" className="button-quiet button-small" onClick={() => setQuote(null)}>
            {t('removeQuote')}
          </button>
        </div>
      ) : null}
      <label htmlFor={id} className="visually-hidden">
        {p.replyTo ? t('yourReply') : t('yourComment')}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        rows={p.replyTo ? 2 : 3}
        placeholder={p.replyTo ? t('writeReply') : speakingAs ? t('commentAs', { name: speakingAs }) : t('writeComment')}
        aria-invalid={tooLong || undefined}
      />
      <div className="comment-composer-row">
        <button type="submit" className="button-primary button-small" disabled={busy || body.trim() === '' || tooLong || (secretariat && !onBehalfOf)}>
          {p.submitLabel ?? (p.replyTo ? t('reply') : t('comment'))}
        </button>
        {p.readSelection ? (
          <button
            type="button"
            className="button-quiet button-small"
            // Keep the selection in the paragraph: a click would otherwise move it before we read it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={takeQuote}
          >
            {t('quoteSelection')}
          </button>
        ) : null}
        {p.onCancel ? (
          <button type="button" className="button-quiet button-small" onClick={p.onCancel}>
            {t('cancel')}
          </button>
        ) : null}
        <span className={`comment-count${tooLong ? ' is-over' : ''}`}>
          {body.length.toLocaleString(locale)} / {MAX_LENGTH.toLocaleString(locale)}
        </span>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
