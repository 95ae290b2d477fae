import type { ParagraphChange, TrackedPiece } from './tracked-pieces';

/**
 * How the paragraph's label and paragraph mark are tracked: with the paragraph's own proposal
 * (a new paragraph, a paragraph deletion), and also when Word's "Accept all" would strike every
 * word in it (or "Reject all" remove every word), so that neither leaves a numbered empty
 * paragraph behind.
 */
export function labelChange(pieces: readonly TrackedPiece[], change: ParagraphChange): ParagraphChange {
  const words = pieces.filter((piece): piece is Extract<TrackedPiece, { kind: 'run' }> => piece.kind === 'run' && piece.text.trim().length > 0);
  if (words.length === 0) return change;
  const struck = words.every((piece) => piece.deleted) ? (words[0]?.deleted ?? null) : null;
  const added = words.every((piece) => piece.inserted) ? (words[0]?.inserted ?? null) : null;
  return { insertion: change.insertion ?? added, deletion: change.deletion ?? struck };
}
