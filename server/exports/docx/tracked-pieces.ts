import type { TextRun as DocRun } from '@/lib/negotiation/draft-doc';
import { readRunMarks } from '@/lib/negotiation/marks';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';

/**
 * A paragraph's runs as Word revisions: text proposed by a delegation is an insertion, text a
 * delegation proposes to delete is a deletion (also when it is another delegation's pending
 * insertion: it disappears whichever way either is decided, as in lib/negotiation/segments.ts),
 * base text in brackets keeps its brackets, the rest is plain. A pending proposal to delete
 * the whole paragraph makes every plain or bracketed word a deletion by that delegation.
 */

export type TrackedPiece =
  | { kind: 'plain'; text: string }
  | { kind: 'insertion' | 'deletion'; text: string; proposal: ProposalMarkAttrs };

function pieceOf(run: DocRun, paragraphDeletion: ProposalMarkAttrs | null): TrackedPiece {
  const marks = readRunMarks(run.attributes);
  const deletion = marks.deletions[0];
  if (deletion) return { kind: 'deletion', text: run.insert, proposal: deletion };
  const insertion = marks.insertions[0];
  if (insertion) return { kind: 'insertion', text: run.insert, proposal: insertion };
  if (paragraphDeletion) return { kind: 'deletion', text: run.insert, proposal: paragraphDeletion };
  return { kind: 'plain', text: run.insert };
}

function bracketed(run: DocRun): boolean {
  const marks = readRunMarks(run.attributes);
  return marks.brackets.length > 0 && marks.insertions.length === 0 && marks.deletions.length === 0;
}

function sameKind(a: TrackedPiece, b: TrackedPiece): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'plain' || (b.kind !== 'plain' && a.proposal.proposal === b.proposal.proposal);
}

export function trackedPieces(runs: readonly DocRun[], paragraphDeletion: ProposalMarkAttrs | null): TrackedPiece[] {
  const pieces: TrackedPiece[] = [];
  const push = (piece: TrackedPiece) => {
    if (piece.text.length === 0) return;
    const last = pieces[pieces.length - 1];
    if (last && sameKind(last, piece)) last.text += piece.text;
    else pieces.push({ ...piece });
  };
  runs.forEach((run, index) => {
    if (typeof run.insert !== 'string' || run.insert.length === 0) return;
    const inBrackets = bracketed(run);
    const previous = runs[index - 1];
    const next = runs[index + 1];
    const piece = pieceOf(run, paragraphDeletion);
    if (inBrackets && !(previous && bracketed(previous))) push({ ...piece, text: '[' });
    push(piece);
    if (inBrackets && !(next && bracketed(next))) push({ ...piece, text: ']' });
  });
  return pieces;
}
