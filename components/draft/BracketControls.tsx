'use client';

import { useState } from 'react';
import type * as Y from 'yjs';
import { getParagraph } from '@/lib/negotiation/draft-doc';
import { paragraphBrackets, spotMembers, type PlacedBracket } from '@/lib/negotiation/open-brackets';
import type { ParagraphView } from './draft-view';

/**
 * The chair's view of what is still bracketed in a paragraph: each spot with its alternatives or
 * options, to keep one (the server deletes the others: a confirm step first, since text goes),
 * and each lone bracket, to lift.
 */

export interface SpotChoice {
  spot: string;
  form: 'adjacent' | 'slash' | 'option';
  members: { bracketId: string; label: string; text: string }[];
}

export interface BracketList {
  spots: SpotChoice[];
  lone: { bracketId: string; text: string }[];
}

function memberLabel(bracket: PlacedBracket, index: number): string {
  if (bracket.mark.form === 'option') return bracket.mark.option ?? `Option ${index + 1}`;
  return `alt ${index + 1}`;
}

/** The paragraph's spots and lone brackets, in text order. */
export function listBrackets(paragraph: Y.Map<unknown>): BracketList {
  const brackets = paragraphBrackets(paragraph);
  const ordered = [...brackets.values()].sort((a, b) => a.start - b.start);
  const spots: SpotChoice[] = [];
  const seen = new Set<string>();
  const lone: BracketList['lone'] = [];
  for (const bracket of ordered) {
    const spot = bracket.mark.spot;
    if (!spot) {
      lone.push({ bracketId: bracket.mark.id, text: bracket.text.trim() });
      continue;
    }
    if (seen.has(spot)) continue;
    seen.add(spot);
    const members = spotMembers(brackets, spot).map((member, index) => ({
      bracketId: member.mark.id,
      label: memberLabel(member, index),
      text: member.mark.noText ? 'No text' : member.text.trim(),
    }));
    spots.push({ spot, form: bracket.mark.form ?? 'adjacent', members });
  }
  return { spots, lone };
}

export function BracketControls(p: {
  doc: Y.Doc;
  paragraph: ParagraphView;
  focused: boolean;
  run(command: Record<string, unknown>): Promise<boolean>;
}) {
  const [confirming, setConfirming] = useState<{ spot: string; bracketId: string } | null>(null);
  const paragraph = getParagraph(p.doc, p.paragraph.id);
  if (!paragraph) return null;
  const { spots, lone } = listBrackets(paragraph);
  if (spots.length === 0 && lone.length === 0) return null;
  const paragraphId = p.paragraph.id;
  const keep = (spot: string, bracketId: string) => {
    setConfirming(null);
    void p.run({ type: 'resolveSpot', paragraphId, spotId: spot, keepBracketId: bracketId });
  };
  return (
    <details className="bracket-controls" open={p.focused} data-testid="bracket-controls">
      <summary>Brackets in {p.paragraph.label}</summary>
      <ul aria-label={`Brackets in paragraph ${p.paragraph.label}`}>
        {spots.map((spot) => (
          <li key={spot.spot} data-testid="bracket-spot">
            <span className="bracket-text">{spot.members.map((member) => `${member.label}: ${member.text}`).join(' / ')}</span>
            {spot.members.map((member) =>
              confirming?.spot === spot.spot && confirming.bracketId === member.bracketId ? (
                <span key={member.bracketId} role="group" aria-label="Confirm">
                  Keep “{member.text}” and delete the other {spot.form === 'option' ? 'options' : 'alternatives'}?{' '}
                  <button type="button" className="button-quiet button-small button-danger" onClick={() => keep(spot.spot, member.bracketId)}>
                    Confirm
                  </button>
                  <button type="button" className="button-quiet button-small" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button
                  key={member.bracketId}
                  type="button"
                  className="button-quiet button-small button-ok"
                  onClick={() => setConfirming({ spot: spot.spot, bracketId: member.bracketId })}
                >
                  Keep {member.label}
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
              onClick={() => void p.run({ type: 'liftBracket', paragraphId, bracketId: bracket.bracketId })}
            >
              Lift
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
