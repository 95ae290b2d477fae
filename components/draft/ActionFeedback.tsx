'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, useEffect, useState } from 'react';

/**
 * The server's answer to an action, shown where the action was taken: each control names a
 * place (`at`), and only the feedback for that place is drawn beside it. Screen readers hear
 * the same sentence through the page's one polite live region (DraftRoom), not from here.
 */

export interface Feedback {
  at: string;
  text: string;
  ok: boolean;
  /** The decision this answer can still undo, until `undoUntil` (ms since the epoch). */
  decisionId?: string;
  undoUntil?: number;
  /** Changes for every new answer, so the same sentence twice is still announced and drawn anew. */
  serial: number;
}

export interface FeedbackApi {
  feedback: Feedback | null;
  dismiss(): void;
  undo(feedback: Feedback): void;
  /** Shows a sentence of the page's own at `at` (e.g. why a paragraph cannot be typed in). */
  show(at: string, text: string): void;
}

const FeedbackContext = createContext<FeedbackApi>({ feedback: null, dismiss: () => undefined, undo: () => undefined, show: () => undefined });

export const FeedbackProvider = FeedbackContext.Provider;

export function useFeedback(): FeedbackApi {
  return useContext(FeedbackContext);
}

/** True until the undo window of `feedback` closes; re-renders once when it does. */
function useUndoOpen(feedback: Feedback | null): boolean {
  const until = feedback?.undoUntil ?? 0;
  const [open, setOpen] = useState(() => until > Date.now());
  useEffect(() => {
    const left = until - Date.now();
    setOpen(left > 0);
    if (left <= 0) return;
    const timer = setTimeout(() => setOpen(false), left);
    return () => clearTimeout(timer);
  }, [until]);
  return open;
}

/** The answer for `at`, if the latest answer is for it; with "Undo" while the decision can be undone. */
export function ActionFeedback({ at, className }: { at: string; className?: string }) {
  const { feedback, dismiss, undo } = useFeedback();
  const t = useTranslations('draft.feedback');
  const mine = feedback?.at === at ? feedback : null;
  const undoOpen = useUndoOpen(mine);
  if (!mine) return null;
  return (
    <span
      className={`action-feedback ${mine.ok ? 'is-done' : 'is-refused'}${className ? ` ${className}` : ''}`}
      data-testid="action-feedback"
      data-ok={mine.ok}
    >
      <span data-testid="action-feedback-text">{mine.text}</span>
      {mine.decisionId && undoOpen ? (
        <button type="button" className="button-small" onClick={() => undo(mine)}>
          {t('undo')}
        </button>
      ) : null}
      <button type="button" className="button-quiet button-small" aria-label={t('dismiss')} onClick={dismiss}>
        ×
      </button>
    </span>
  );
}
