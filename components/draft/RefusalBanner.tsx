'use client';

import { useState } from 'react';
import type * as Y from 'yjs';
import { getParagraph, paragraphRawText } from '@/lib/negotiation/draft-doc';
import { unsavedText } from '@/lib/collab/unsaved-text';
import type { RefusalNotice } from './use-draft-connection';

/**
 * Tells the user that their last change was not applied and gives back what they had typed,
 * so that nothing they wrote is silently lost.
 */
export function RefusalBanner({ refusal, doc, onDismiss }: { refusal: RefusalNotice; doc: Y.Doc; onDismiss(): void }) {
  const [copied, setCopied] = useState(false);
  const paragraph = refusal.paragraphId ? getParagraph(doc, refusal.paragraphId) : undefined;
  const lost = paragraph ? unsavedText(refusal.localText, paragraphRawText(paragraph)) : '';
  return (
    <div className="notice notice-warning" role="alert" data-testid="refusal">
      <p>
        <strong>{refusal.reason}</strong>
      </p>
      {lost ? (
        <div className="unsaved">
          <p>What you typed, which was not applied:</p>
          <blockquote data-testid="unsaved-text">{lost}</blockquote>
          <button
            type="button"
            className="button-quiet button-small"
            onClick={() => void navigator.clipboard?.writeText(lost).then(() => setCopied(true))}
          >
            {copied ? 'Copied' : 'Copy to clipboard'}
          </button>
        </div>
      ) : null}
      <button type="button" className="button-quiet button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
