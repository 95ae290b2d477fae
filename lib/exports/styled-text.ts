import type { TextRun } from '@/lib/negotiation/draft-doc';
import { delegationDisplayName, splitSpace, type RenderOptions } from '@/lib/negotiation/render';
import { renderParagraphSegments, type ProposalPart, type Segment } from '@/lib/negotiation/segments';

/**
 * The render convention of lib/negotiation/render.ts, cut into styled pieces for formats that
 * have typography (Word, PDF): proposed words underlined, words proposed for deletion struck
 * through, attributions in italics — as the screen shows them. Joining the pieces' text gives
 * exactly renderParagraphText(runs, options) (styled-text.test.ts holds the two together).
 */

export type PieceStyle =
  /** Base text, including base text the chair put in brackets. */
  | 'text'
  /** Brackets and the convention's words: "[", "]", "delete: ", " | with: ", "alt 1: ", " / ". */
  | 'markup'
  | 'inserted'
  | 'deleted'
  /** " (Mexico)" after a proposal. */
  | 'attribution';

export interface StyledPiece {
  text: string;
  style: PieceStyle;
  /** For inserted, deleted and attribution pieces: whose proposal it is. */
  proposal?: string;
  delegation?: string;
}

type Owner = Pick<ProposalPart, 'proposal' | 'delegation'>;

class PieceList {
  readonly pieces: StyledPiece[] = [];

  add(text: string, style: PieceStyle, owner?: Owner): this {
    if (text.length === 0) return this;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.style === style && last.proposal === owner?.proposal) last.text += text;
    else this.pieces.push(owner ? { text, style, proposal: owner.proposal, delegation: owner.delegation } : { text, style });
    return this;
  }
}

function addSegment(out: PieceList, segment: Segment, options: RenderOptions): void {
  const withName = options.attribution !== false;
  const by = (part: ProposalPart): void => {
    if (withName) out.add(` (${delegationDisplayName(part.delegation, options.names)})`, 'attribution', part);
  };
  switch (segment.kind) {
    case 'plain':
      out.add(segment.text, 'text');
      return;
    case 'bracket': {
      const s = splitSpace(segment.text);
      out.add(s.lead, 'text').add('[', 'markup').add(s.core, 'text').add(']', 'markup').add(s.trail, 'text');
      return;
    }
    case 'insertion': {
      const s = splitSpace(segment.text);
      out.add(s.lead, 'text').add('[', 'markup').add(s.core, 'inserted', segment).add(']', 'markup');
      by(segment);
      out.add(s.trail, 'text');
      return;
    }
    case 'deletion': {
      const s = splitSpace(segment.text);
      out.add(s.lead, 'text').add('[delete: ', 'markup').add(s.core, 'deleted', segment).add(']', 'markup');
      by(segment);
      out.add(s.trail, 'text');
      return;
    }
    case 'replacement': {
      const removed = splitSpace(segment.deleted);
      const added = splitSpace(segment.text);
      out.add(removed.lead, 'text').add('[replace: ', 'markup').add(removed.core, 'deleted', segment);
      out.add(' | with: ', 'markup').add(added.core, 'inserted', segment).add(']', 'markup');
      by(segment);
      out.add(added.trail, 'text');
      return;
    }
    case 'alternatives':
      addAlternatives(out, segment, by);
      return;
  }
}

function addAlternatives(
  out: PieceList,
  segment: Extract<Segment, { kind: 'alternatives' }>,
  by: (part: ProposalPart) => void,
): void {
  const trail = splitSpace(segment.alternatives[segment.alternatives.length - 1]?.text ?? '').trail;
  if (segment.deleted) {
    const removed = splitSpace(segment.deleted.text);
    out.add(removed.lead, 'text').add('[replace: ', 'markup').add(removed.core, 'deleted', segment.deleted);
    by(segment.deleted);
    out.add(' | with: ', 'markup');
  } else {
    out.add(splitSpace(segment.alternatives[0]?.text ?? '').lead, 'text').add('[', 'markup');
  }
  segment.alternatives.forEach((part, i) => {
    if (i > 0) out.add(' / ', 'markup');
    out.add(`alt ${i + 1}: `, 'markup').add(splitSpace(part.text).core, 'inserted', part);
    by(part);
  });
  out.add(']', 'markup').add(trail, 'text');
}

export function styleParagraphSegments(segments: readonly Segment[], options: RenderOptions): StyledPiece[] {
  const out = new PieceList();
  for (const segment of segments) addSegment(out, segment, options);
  return out.pieces;
}

export function styleParagraphText(runs: readonly TextRun[], options: RenderOptions): StyledPiece[] {
  return styleParagraphSegments(renderParagraphSegments(runs), options);
}
