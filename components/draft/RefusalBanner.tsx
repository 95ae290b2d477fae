'use client';

import { useState } from 'react';
import type * as Y from 'yjs';
import { unsavedParagraphs } from './unsaved-paragraphs';
import type { RefusalNotice } from './use-draft-connection';

/**
 * Tells the user that their last change was not applied and gives back what they had typed,
 * so that nothing they wrote is silently lost.
 */
export function RefusalBanner({ refusal, doc, synced, onDismiss }: { refusal: RefusalNotice; doc: Y.Doc; synced: boolean; onDismiss(): void }) {
  const lost = unsavedParagraphs(refusal.local, doc, synced);
  return (
    <div className="notice notice-warning" role="alert" data-testid="refusal">
      <p>
        <strong>{refusal.reason}</strong>
      </p>
      {lost.map(({ paragraphId, label, text, whole }) => (
        <UnsavedWords key={paragraphId} label={lost.length > 1 || whole ? label : null} text={text} whole={whole} />
      ))}
      <button type="button" className="button-quiet button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

function UnsavedWords({ label, text, whole }: { label: string | null; text: string; whole: boolean }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="unsaved">
      <p>{caption(label, whole)}</p>
      <blockquote data-testid="unsaved-text">{text}</blockquote>
      <button type="button" className="button-quiet button-small" onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}>
        {copied ? 'Copied' : 'Copy to clipboard'}
      </button>
    </div>
  );
}

function caption(label: string | null, whole: boolean): string {
  if (whole) return `Paragraph ${label ?? ''} as you had it (the draft is reloading; what was not applied will be shown alone once it is back):`;
  return label ? `What you typed in paragraph ${label}, which was not applied:` : 'What you typed, which was not applied:';
}
