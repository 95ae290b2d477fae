import type { TextRun as DocRun } from '@/lib/negotiation/draft-doc';
import { delegationDisplayName } from '@/lib/negotiation/attribution';
import { readRunMarks, type RunMarks } from '@/lib/negotiation/marks';
import { setPositions, type AlternativePart, type SetPosition } from '@/lib/negotiation/proposal-spots';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { renderParagraphSegments, type Segment } from '@/lib/negotiation/segments';
import { splitSpace } from '@/lib/negotiation/spacing';
import { styleParagraphSegments, type PieceStyle, type StyledPiece } from '@/lib/negotiation/styled-text';
import { emptiedBrackets, settleBracketEdges, type BracketPlace } from './tracked-brackets';
import { conventionWords, type ConventionWords } from '@/lib/negotiation/convention-words';

/**
 * A paragraph as Word revisions, built so that Word's "Accept all" gives exactly the text the
 * chair gets by accepting every proposal (and the first alternative of every set), and "Reject
 * all" exactly the text with every proposal rejected — never words nobody proposed:
 * - base text, its brackets, bracket attributions and options are plain text written in the
 *   room's convention (brackets are not changes), options each after a line break;
 * - a proposal's added words are an insertion and its struck words a deletion, authored by its
 *   delegation; words one delegation added and another strikes are an insertion holding a
 *   deletion, so they go whichever way Word decides;
 * - of an alternative set, only the first alternative is tracked (its insertion, and the words
 *   it strikes); the other alternatives are notes, each becoming a Word comment by its delegation
 *   ("alt 2, Canada: may"), anchored on the first alternative's changes;
 * - a proposed new paragraph is inserted as a whole (base text included), a proposed deletion of
 *   the paragraph deletes every word in it.
 */

export interface AlternativeNote {
  delegation: string;
  /** When the alternative was proposed (ISO time). */
  at: string;
  /** "alt 2, Canada: may", or "alt 2, Canada: may (strikes “should consider”; alt 1 strikes “should”)". */
  text: string;
}

export type TrackedPiece =
  | {
      kind: 'run';
      /** "\n" is a line break. */
      text: string;
      look: 'text' | 'markup' | 'attribution';
      inserted: ProposalMarkAttrs | null;
      deleted: ProposalMarkAttrs | null;
      /** For a bracket's own markup ("[", "]", " / ", "Option 1: ", its attribution): which bracket, and which end. */
      bracket?: { id: string; edge: 'open' | 'close' };
    }
  | { kind: 'anchor'; edge: 'start' | 'end'; set: string; notes: AlternativeNote[] };

export type Run = Extract<TrackedPiece, { kind: 'run' }>;

export interface ParagraphChange {
  /** The paragraph itself is a pending new paragraph. */
  insertion: ProposalMarkAttrs | null;
  /** The whole paragraph is proposed for deletion. */
  deletion: ProposalMarkAttrs | null;
}

export interface Cell {
  text: string;
  marks: RunMarks;
  pending: boolean;
}

const PLACEHOLDER = /\uFFFF(\d+)\uFFFE/;

function toCells(runs: readonly DocRun[]): Cell[] {
  return runs
    .filter((run) => typeof run.insert === 'string' && run.insert.length > 0)
    .map((run) => {
      const marks = readRunMarks(run.attributes);
      return { text: run.insert, marks, pending: marks.insertions.length + marks.deletions.length > 0 };
    });
}

/**
 * The stretches of pending cells, split where a bracket opens or closes: exactly the stretches
 * renderParagraphSegments groups into proposal segments, in the same order.
 */
function pendingStretches(cells: readonly Cell[]): Cell[][] {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  cells.forEach((cell, index) => {
    for (const bracket of cell.marks.brackets) {
      if (!first.has(bracket.id)) first.set(bracket.id, index);
      last.set(bracket.id, index);
    }
  });
  const boundaries = new Set<number>([...first.values(), ...[...last.values()].map((index) => index + 1)]);
  const stretches: Cell[][] = [];
  cells.forEach((cell, index) => {
    if (!cell.pending) return;
    const continues = index > 0 && cells[index - 1]?.pending === true && !boundaries.has(index);
    if (continues) stretches[stretches.length - 1]?.push(cell);
    else stretches.push([cell]);
  });
  return stretches;
}

/** Each run of consecutive proposal segments becomes one placeholder the tracked cells replace. */
function withPlaceholders(segments: readonly Segment[]): { segments: Segment[]; count: number } {
  const out: Segment[] = [];
  let count = 0;
  let inProposals = false;
  for (const segment of segments) {
    const proposal = segment.kind !== 'plain' && segment.kind !== 'open' && segment.kind !== 'close';
    if (proposal && !inProposals) out.push({ kind: 'plain', text: `\uFFFF${count++}\uFFFE`, delegation: null, proposal: null });
    if (!proposal) out.push(segment);
    inProposals = proposal;
  }
  return { segments: out, count };
}

/** One cell as Word should show it, or null when it belongs to an alternative beyond the first. */
function cellRun(cell: Cell, sets: ReadonlyMap<string, SetPosition>): Run | null {
  const { insertions, deletions } = cell.marks;
  const place = [...insertions, ...deletions].map((mark) => sets.get(mark.proposal)).find((found) => found !== undefined);
  const run = (inserted: ProposalMarkAttrs | null, deleted: ProposalMarkAttrs | null): Run => ({ kind: 'run', text: cell.text, look: 'text', inserted, deleted });
  if (!place) return run(insertions[0] ?? null, deletions[0] ?? null);
  // Accepting the first alternative rejects the others: their words go, their strikes are undone.
  const firstInserts = insertions.find((mark) => mark.proposal === place.set) ?? null;
  const firstStrikes = deletions.find((mark) => mark.proposal === place.set) ?? null;
  if (insertions.length > 0) return firstInserts && !firstStrikes ? run(firstInserts, null) : null;
  return run(null, firstStrikes);
}

function setOf(cell: Cell, sets: ReadonlyMap<string, SetPosition>): string | null {
  return [...cell.marks.insertions, ...cell.marks.deletions].map((mark) => sets.get(mark.proposal)?.set).find((set) => set !== undefined) ?? null;
}

function stretchPieces(stretch: readonly Cell[], sets: ReadonlyMap<string, SetPosition>, notes: ReadonlyMap<string, AlternativeNote[]>): TrackedPiece[] {
  const out: TrackedPiece[] = [];
  const lastOfSet = new Map<string, number>();
  stretch.forEach((cell, index) => {
    const set = setOf(cell, sets);
    if (set) lastOfSet.set(set, index);
  });
  const opened = new Set<string>();
  stretch.forEach((cell, index) => {
    const set = setOf(cell, sets);
    if (set && !opened.has(set)) {
      opened.add(set);
      out.push({ kind: 'anchor', edge: 'start', set, notes: notes.get(set) ?? [] });
    }
    const run = cellRun(cell, sets);
    if (run) out.push(run);
    if (set && lastOfSet.get(set) === index) out.push({ kind: 'anchor', edge: 'end', set, notes: notes.get(set) ?? [] });
  });
  return out;
}

const core = (text: string) => splitSpace(text).core.trim();

function alternativeNote(part: AlternativePart, index: number, first: AlternativePart, commonStrike: boolean, names: (id: string) => string, w: ConventionWords): AlternativeNote {
  // "alt 2, Canada": the alternative's label without its colon, then who proposed it.
  const label = (n: number) => w.alt(n).replace(/\s*[:：]\s*$/, '');
  const who = `${label(index + 1)}${w.comma}${delegationDisplayName(part.delegation, names, w)}`;
  const words = core(part.text) || w.noText;
  const struck = core(part.deleted);
  const firstStruck = core(first.deleted);
  if (commonStrike || struck === firstStruck) return { delegation: part.delegation, at: part.at, text: `${who}${w.labelColon}${words}` };
  const strikes = w.strikes(struck);
  const firstStrikes = `${label(1)} ${w.strikes(firstStruck)}`;
  return { delegation: part.delegation, at: part.at, text: `${who}${w.labelColon}${words}${w.open}${strikes}${w.semicolon}${firstStrikes}${w.close}` };
}

/** Set id (its first proposal) -> the notes for its alternatives beyond the first. */
function alternativeNotes(segments: readonly Segment[], names: (id: string) => string, w: ConventionWords): Map<string, AlternativeNote[]> {
  const notes = new Map<string, AlternativeNote[]>();
  for (const segment of segments) {
    if (segment.kind !== 'alternatives') continue;
    const [first, ...others] = segment.alternatives;
    if (!first) continue;
    notes.set(
      first.proposal,
      others.map((part, index) => alternativeNote(part, index + 1, first, segment.deleted !== null, names, w)),
    );
  }
  return notes;
}

const LOOK: Record<Exclude<PieceStyle, 'break'>, Run['look']> = {
  text: 'text',
  markup: 'markup',
  attribution: 'attribution',
  inserted: 'text',
  deleted: 'text',
};

/** The paragraph-level change applied on top: a new paragraph inserts base words, a paragraph deletion strikes every word. */
function withParagraphChange(piece: TrackedPiece, change: ParagraphChange): TrackedPiece {
  if (piece.kind !== 'run') return piece;
  if (change.deletion && !piece.deleted) return { ...piece, deleted: change.deletion };
  if (change.insertion && !piece.inserted && !piece.deleted) return { ...piece, inserted: change.insertion };
  return piece;
}

function sameChange(a: Run, b: Run): boolean {
  return !a.bracket && !b.bracket && a.look === b.look && a.inserted?.proposal === b.inserted?.proposal && a.deleted?.proposal === b.deleted?.proposal && a.text !== '\n' && b.text !== '\n';
}

function merge(pieces: readonly TrackedPiece[]): TrackedPiece[] {
  const out: TrackedPiece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (piece.kind === 'run' && piece.text.length === 0) continue;
    if (piece.kind === 'run' && last?.kind === 'run' && sameChange(last, piece)) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}

interface StretchContext {
  stretches: readonly Cell[][];
  sets: ReadonlyMap<string, SetPosition>;
  notes: ReadonlyMap<string, AlternativeNote[]>;
}

/** A styled piece of the convention, its placeholders replaced by the tracked cells they stand for. */
function piecesOf(piece: StyledPiece, context: StretchContext): TrackedPiece[] {
  const edge = piece.opens ? { bracket: { id: piece.opens, edge: 'open' as const } } : piece.closes ? { bracket: { id: piece.closes, edge: 'close' as const } } : {};
  if (piece.style === 'break') return [{ kind: 'run', text: '\n', look: 'text', inserted: null, deleted: null, ...edge }];
  const look = LOOK[piece.style];
  return piece.text.split(PLACEHOLDER).flatMap((part, index): TrackedPiece[] => {
    if (index % 2 === 1) return stretchPieces(context.stretches[Number(part)] ?? [], context.sets, context.notes);
    return part.length > 0 ? [{ kind: 'run', text: part, look, inserted: null, deleted: null, ...edge }] : [];
  });
}

export function trackedPieces(runs: readonly DocRun[], change: ParagraphChange, names: (id: string) => string, words: ConventionWords = conventionWords()): TrackedPiece[] {
  const segments = renderParagraphSegments(runs);
  const cells = toCells(runs);
  const stretches = pendingStretches(cells);
  const placed = withPlaceholders(segments);
  if (placed.count !== stretches.length) throw new Error(`tracked changes: ${placed.count} proposal groups but ${stretches.length} pending stretches`);
  const sets = setPositions(segments);
  const notes = alternativeNotes(segments, names, words);
  const context: StretchContext = { stretches, sets, notes };
  const out = styleParagraphSegments(placed.segments, { names, words }).flatMap((piece) => piecesOf(piece, context));
  const places = new Map<string, BracketPlace>();
  for (const segment of segments) if (segment.kind === 'open') places.set(segment.bracket.id, segment.bracket);
  const settled = settleBracketEdges(out, emptiedBrackets(cells, (cell) => cellRun(cell, sets)), places);
  return merge(settled.map((piece) => withParagraphChange(piece, change)));
}
