'use client';

import { useState } from 'react';
import type * as Y from 'yjs';
import { getLabel, getParagraph, paragraphRawText } from '@/lib/negotiation/draft-doc';
import { unsavedText } from '@/lib/collab/unsaved-text';
import type { RefusalNotice } from './use-draft-connection';

/**
 * Tells the user that their last change was not applied and gives back what they had typed,
 * so that nothing they wrote is silently lost.
 */
export function RefusalBanner({ refusal, doc, onDismiss }: { refusal: RefusalNotice; doc: Y.Doc; onDismiss(): void }) {
  const lost = unsavedParagraphs(refusal, doc);
  return (
    <div className="notice notice-warning" role="alert" data-testid="refusal">
      <p>
        <strong>{refusal.reason}</strong>
      </p>
      {lost.map(({ paragraphId, label, text }) => (
        <UnsavedWords key={paragraphId} label={lost.length > 1 ? label : null} text={text} />
      ))}
      <button type="button" className="button-quiet button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

function UnsavedWords({ label, text }: { label: string | null; text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="unsaved">
      <p>{label ? `What you typed in paragraph ${label}, which was not applied:` : 'What you typed, which was not applied:'}</p>
      <blockquote data-testid="unsaved-text">{text}</blockquote>
      <button type="button" className="button-quiet button-small" onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}>
        {copied ? 'Copied' : 'Copy to clipboard'}
      </button>
    </div>
  );
}

/** The words of each refused paragraph that the reloaded document does not hold. */
function unsavedParagraphs(refusal: RefusalNotice, doc: Y.Doc): Array<{ paragraphId: string; label: string; text: string }> {
  return Object.entries(refusal.localTexts).flatMap(([paragraphId, localText]) => {
    const paragraph = getParagraph(doc, paragraphId);
    const text = paragraph ? unsavedText(localText, paragraphRawText(paragraph)) : '';
    return text ? [{ paragraphId, label: paragraph ? getLabel(paragraph) : '', text }] : [];
  });
}
