import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import type { Cell, Run, TrackedPiece } from './tracked-pieces';

/**
 * Brackets around proposals, made to fall the way the chair's decisions make them fall. When
 * every word of a bracket goes on acceptance (struck words, or alternatives beyond the first),
 * the bracket goes with them: its "[", "]" and attribution are struck by the same proposal, so
 * Word never leaves an empty "[]". Likewise a bracket made only of proposed words goes when
 * they are rejected. And struck words at a bracket's edge take the space beside them, as the
 * convention writes "[States parties should] to", not "[States parties should ] to".
 */

export interface BracketFate {
  /** Set when the bracket is empty once every proposal is accepted. */
  deleted: ProposalMarkAttrs | null;
  /** Set when the bracket is empty once every proposal is rejected. */
  inserted: ProposalMarkAttrs | null;
}

/** Bracket id -> who empties it, for each bracket that some decision empties. */
export function emptiedBrackets(cells: readonly Cell[], runOf: (cell: Cell) => Run | null): Map<string, BracketFate> {
  const members = new Map<string, Array<Run | null>>();
  for (const cell of cells) {
    const run = cell.pending ? runOf(cell) : undefined;
    for (const bracket of cell.marks.brackets) {
      const list = members.get(bracket.id) ?? [];
      // A base-text cell keeps the bracket standing either way.
      list.push(run === undefined ? { kind: 'run', text: cell.text, look: 'text', inserted: null, deleted: null } : run);
      members.set(bracket.id, list);
    }
  }
  const fates = new Map<string, BracketFate>();
  for (const [id, list] of members) {
    const shown = list.filter((run): run is Run => run !== null);
    if (shown.length === 0) continue;
    const deleted = shown.every((run) => run.deleted) ? (shown[0]?.deleted ?? null) : null;
    const inserted = shown.every((run) => run.inserted) ? (shown[0]?.inserted ?? null) : null;
    if (deleted || inserted) fates.set(id, { deleted, inserted });
  }
  return fates;
}

const isRun = (piece: TrackedPiece | undefined): piece is Run => piece?.kind === 'run';
const plainText = (piece: TrackedPiece | undefined): piece is Run => isRun(piece) && !piece.bracket && !piece.inserted && !piece.deleted && piece.text !== '\n';

/** The nearest run before or after `index`, skipping comment anchors. */
function neighbour(pieces: readonly TrackedPiece[], index: number, step: 1 | -1): number {
  let at = index + step;
  while (pieces[at]?.kind === 'anchor') at += step;
  return at;
}

function moveEdgeSpace(pieces: TrackedPiece[], index: number): void {
  const piece = pieces[index];
  if (!isRun(piece) || !piece.bracket) return;
  const step = piece.bracket.edge === 'close' ? -1 : 1;
  const struckAt = neighbour(pieces, index, step);
  const struck = pieces[struckAt];
  if (!isRun(struck) || !struck.deleted || struck.inserted || struck.bracket) return;
  const beside = pieces[neighbour(pieces, struckAt, step)];
  if (!plainText(beside)) return;
  if (step === -1) {
    const space = /\s+$/.exec(beside.text)?.[0] ?? '';
    if (space.length === 0 || space.length === beside.text.length) return;
    beside.text = beside.text.slice(0, -space.length);
    struck.text = space + struck.text;
  } else {
    const space = /^\s+/.exec(beside.text)?.[0] ?? '';
    if (space.length === 0 || space.length === beside.text.length) return;
    beside.text = beside.text.slice(space.length);
    struck.text += space;
  }
}

/** A bracket's place among its spot's alternatives (from the open segments). */
export interface BracketPlace {
  spot: string | null;
  form: string | null;
  index: number;
  count: number;
}

type Fated = 'deleted' | 'inserted';

interface FateContext {
  fates: ReadonlyMap<string, BracketFate>;
  places: ReadonlyMap<string, BracketPlace>;
  /** Spot id -> its members' bracket ids, in order. */
  spots: ReadonlyMap<string, string[]>;
  /** Options that start on a new line (there is text before them). */
  broken: ReadonlySet<string>;
}

/**
 * Who removes a bracket's markup piece. A lone or adjacent bracket goes whole. Of slash
 * alternatives "[a / b]", an emptied member takes its text, attribution and separator with it
 * but leaves the outer "[" and "]" to the members that stand, so "[a / b]" with "a" struck reads
 * "[b]" on acceptance, as the chair's text does. When the first options of a paragraph made only
 * of options are emptied, the next option's line break goes with them: the paragraph starts
 * with its first remaining option.
 */
function markupFate(piece: Run, kind: Fated, context: FateContext): ProposalMarkAttrs | null {
  const bracket = piece.bracket;
  if (!bracket) return null;
  const gone = (id: string | undefined) => (id ? (context.fates.get(id)?.[kind] ?? null) : null);
  const place = context.places.get(bracket.id);
  const members = place?.spot ? (context.spots.get(place.spot) ?? []) : [];
  const own = gone(bracket.id);
  if (!place || members.every((id) => gone(id))) return own;
  const emptiedBefore = place.index > 0 && members.slice(0, place.index).every((id) => gone(id));
  const previous = gone(members[place.index - 1]);
  if (place.form === 'option') {
    const firstLineBreak = bracket.edge === 'open' && piece.text === '\n' && !context.broken.has(members[0] ?? '');
    return own ?? (firstLineBreak && emptiedBefore ? previous : null);
  }
  if (place.form !== 'slash') return own;
  const outer = (bracket.edge === 'open' && piece.text === '[') || (bracket.edge === 'close' && piece.text === ']');
  if (outer) return null;
  return own ?? (bracket.edge === 'open' && emptiedBefore ? previous : null);
}

export function settleBracketEdges(pieces: readonly TrackedPiece[], fates: ReadonlyMap<string, BracketFate>, places: ReadonlyMap<string, BracketPlace>): TrackedPiece[] {
  const spots = new Map<string, string[]>();
  for (const [id, place] of places) if (place.spot) spots.set(place.spot, [...(spots.get(place.spot) ?? []), id]);
  for (const members of spots.values()) members.sort((a, b) => (places.get(a)?.index ?? 0) - (places.get(b)?.index ?? 0));
  const broken = new Set(pieces.flatMap((piece) => (isRun(piece) && piece.bracket?.edge === 'open' && piece.text === '\n' ? [piece.bracket.id] : [])));
  const context: FateContext = { fates, places, spots, broken };
  const out = pieces.map((piece): TrackedPiece => {
    if (!isRun(piece) || !piece.bracket) return { ...piece };
    return { ...piece, deleted: piece.deleted ?? markupFate(piece, 'deleted', context), inserted: piece.inserted ?? markupFate(piece, 'inserted', context) };
  });
  out.forEach((_, index) => moveEdgeSpace(out, index));
  return out;
}
