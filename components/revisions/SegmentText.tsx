import type { Segment } from '@/lib/negotiation/segments';
import { styleParagraphSegments, type StyledPiece } from '@/lib/negotiation/styled-text';
import { attributionOf, type Attributions } from './attributions';

/**
 * A paragraph's text as the room reads it, read-only: the rendering convention's own pieces
 * (lib/negotiation/styled-text.ts), with insertions underlined and deletions struck through in
 * the delegation's colour and each option on its own line.
 */
export function SegmentText({ segments, attributions }: { segments: readonly Segment[]; attributions: Attributions }) {
  const names = (id: string) => attributionOf(attributions, id).name;
  const pieces = styleParagraphSegments(segments, { names });
  return (
    <>
      {pieces.map((piece, index) => (
        <PieceView key={index} piece={piece} attributions={attributions} />
      ))}
    </>
  );
}

function PieceView({ piece, attributions }: { piece: StyledPiece; attributions: Attributions }) {
  const color = piece.delegation ? attributionOf(attributions, piece.delegation).colorKey : undefined;
  switch (piece.style) {
    case 'inserted':
      return (
        <ins className="rev-ins" data-color-index={color}>
          {piece.text}
        </ins>
      );
    case 'deleted':
      return (
        <del className="rev-del" data-color-index={color}>
          {piece.text}
        </del>
      );
    case 'attribution':
      return (
        <span className="rev-by" data-color-index={color}>
          {piece.text}
        </span>
      );
    case 'break':
      return <br />;
    case 'markup':
    case 'text':
      return <>{piece.text}</>;
  }
}
