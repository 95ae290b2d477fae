'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { CommandRequest } from '@/lib/collab/messages';
import { getParagraph } from '@/lib/negotiation/draft-doc';
import { listBrackets } from './bracket-list';
import type { ParagraphView } from './draft-view';

/**
 * The chair's view of what is still bracketed in a paragraph: each spot with its alternatives or
 * options, to keep one (the server deletes the others: a confirm step first, since text goes),
 * and each lone bracket, to lift.
 */

export function BracketControls(p: {
  doc: Y.Doc;
  paragraph: ParagraphView;
  focused: boolean;
  run(command: CommandRequest, at?: string): Promise<boolean>;
}) {
  const t = useTranslations('draft.brackets');
  const [confirming, setConfirming] = useState<{ spot: string; bracketId: string } | null>(null);
  // Open on the paragraph the room is looking at; the chair may open any other one.
  const [open, setOpen] = useState(p.focused);
  useEffect(() => {
    if (p.focused) setOpen(true);
  }, [p.focused]);
  const paragraph = getParagraph(p.doc, p.paragraph.id);
  if (!paragraph) return null;
  const { spots, lone } = listBrackets(paragraph);
  if (spots.length === 0 && lone.length === 0) return null;
  const paragraphId = p.paragraph.id;
  const keep = (spot: string, bracketId: string) => {
    setConfirming(null);
    void p.run({ type: 'resolveSpot', paragraphId, spotId: spot, keepBracketId: bracketId }, `brackets:${paragraphId}`);
  };
  return (
    <details className="bracket-controls" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="bracket-controls">
      <summary>{t('summary', { label: p.paragraph.label })}</summary>
      <ul aria-label={t('list', { label: p.paragraph.label })}>
        {spots.map((spot) => (
          <li key={spot.spot} data-testid="bracket-spot">
            <span className="bracket-text">{spot.members.map((member) => `${member.label}: ${member.text}`).join(' / ')}</span>
            {spot.members.map((member) =>
              confirming?.spot === spot.spot && confirming.bracketId === member.bracketId ? (
                <span key={member.bracketId} role="group" aria-label={t('confirm')}>
                  {spot.form === 'option' ? t('keepOption', { words: member.text }) : t('keepAlternative', { words: member.text })}{' '}
                  <button type="button" className="button-quiet button-small button-danger" onClick={() => keep(spot.spot, member.bracketId)}>
                    {t('confirm')}
                  </button>
                  <button type="button" className="button-quiet button-small" onClick={() => setConfirming(null)}>
                    {t('cancel')}
                  </button>
                </span>
              ) : (
                <button
                  key={member.bracketId}
                  type="button"
                  className="button-quiet button-small button-ok"
                  onClick={() => setConfirming({ spot: spot.spot, bracketId: member.bracketId })}
                >
                  {t('keep', { label: member.label })}
                </button>
              ),
            )}
          </li>
        ))}
        {lone.map((bracket) => (
          <li key={bracket.bracketId} data-testid="bracket-lone">
            <span className="bracket-text">[{bracket.text}]</span>
            <button
              type="button"
              className="button-quiet button-small"
              onClick={() => void p.run({ type: 'liftBracket', paragraphId, bracketId: bracket.bracketId }, `brackets:${paragraphId}`)}
            >
              {t('lift')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
