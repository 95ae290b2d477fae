'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type * as Y from 'yjs';
import { useServerSentence } from '@/components/shell/use-server-sentence';
import { unsavedParagraphs } from './unsaved-paragraphs';
import type { RefusalNotice } from './use-draft-connection';

/**
 * Tells the user that their last change was not applied and gives back what they had typed,
 * so that nothing they wrote is silently lost.
 */
export function RefusalBanner({ refusal, doc, synced, onDismiss }: { refusal: RefusalNotice; doc: Y.Doc; synced: boolean; onDismiss(): void }) {
  const t = useTranslations('draft.refusal');
  const wordServer = useServerSentence();
  const lost = unsavedParagraphs(refusal.local, doc, synced);
  return (
    <div className="notice notice-warning" role="alert" data-testid="refusal">
      <p>
        <strong>{wordServer(refusal, refusal.reason)}</strong>
      </p>
      {lost.map(({ paragraphId, label, text, whole }) => (
        <UnsavedWords key={paragraphId} label={lost.length > 1 || whole ? label : null} text={text} whole={whole} />
      ))}
      <button type="button" className="button-quiet button-small" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

function UnsavedWords({ label, text, whole }: { label: string | null; text: string; whole: boolean }) {
  const t = useTranslations('draft.refusal');
  const [copied, setCopied] = useState(false);
  return (
    <div className="unsaved">
      <p>{whole ? t('whole', { label: label ?? '' }) : label ? t('typedIn', { label }) : t('typed')}</p>
      <blockquote data-testid="unsaved-text">{text}</blockquote>
      <button type="button" className="button-quiet button-small" onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}>
        {copied ? t('copied') : t('copy')}
      </button>
    </div>
  );
}
