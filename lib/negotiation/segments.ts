import type { TextRun } from './draft-doc';
import { readRunMarks, type KeyedBracketMark } from './marks';
import { groupCluster, type PendingCell, type ProposalSegment } from './proposal-spots';

/**
 * A paragraph's runs grouped the way the room reads them: plain text, the opening and closing
 * of each bracket (nested to any depth, alternatives of one spot, options), and pending
 * proposals (insertion, deletion, replacement, alternative sets). The screen, the JSON API and
 * every export build on this one grouping so they never disagree.
 *
 * A bracket spans the characters that carry its id, from the first to the last. Brackets open
 * outermost first and close innermost first; proposals are grouped inside each stretch of text
 * that lies in the same brackets, so a proposal never straddles a bracket in the output.
 * Segment text is raw: whitespace is kept, so concatenating the text segments gives back the runs.
 */

export type { AlternativePart, ProposalPart } from './proposal-spots';

interface Unattributed {
  delegation: null;
  proposal: null;
}

/** A bracket as the renderers need it: its attributes and its place among its spot's alternatives. */
export interface BracketView extends Omit<KeyedBracketMark, 'key'> {
  /** 0-based position among the spot's alternatives (0 for a lone bracket). */
  index: number;
  /** Number of alternatives in the spot (1 for a lone bracket). */
  count: number;
}

export type Segment =
  | ({ kind: 'plain'; text: string } & Unattributed)
  | ({ kind: 'open'; bracket: BracketView } & Unattributed)
  | ({ kind: 'close'; bracket: BracketView } & Unattributed)
  | ProposalSegment;

export type SegmentKind = Segment['kind'];

interface Cell extends PendingCell {
  pending: boolean;
}

interface Extent {
  mark: KeyedBracketMark;
  first: number;
  last: number;
}

function toCells(runs: readonly TextRun[]): Cell[] {
  return runs
    .filter((run) => typeof run.insert === 'string' && run.insert.length > 0)
    .map((run) => {
      const marks = readRunMarks(run.attributes);
      return { text: run.insert, marks, pending: marks.insertions.length + marks.deletions.length > 0 };
    });
}

function extentsOf(cells: readonly Cell[]): Map<string, Extent> {
  const extents = new Map<string, Extent>();
  cells.forEach((cell, index) => {
    for (const mark of cell.marks.brackets) {
      const extent = extents.get(mark.id);
      if (extent) extent.last = index;
      else extents.set(mark.id, { mark, first: index, last: index });
    }
  });
  return extents;
}

function viewsOf(extents: Map<string, Extent>): Map<string, BracketView> {
  const spots = new Map<string, Extent[]>();
  for (const extent of extents.values()) {
    const spot = extent.mark.spot;
    if (spot) spots.set(spot, [...(spots.get(spot) ?? []), extent]);
  }
  const views = new Map<string, BracketView>();
  for (const extent of extents.values()) {
    const members = extent.mark.spot ? (spots.get(extent.mark.spot) ?? [extent]) : [extent];
    const sorted = [...members].sort((a, b) => a.first - b.first);
    const { key: _key, ...mark } = extent.mark;
    views.set(mark.id, { ...mark, index: sorted.indexOf(extent), count: sorted.length });
  }
  return views;
}

function textSegments(cells: readonly Cell[]): Segment[] {
  const out: Segment[] = [];
  let index = 0;
  while (index < cells.length) {
    const start = index;
    const pending = cells[index]?.pending ?? false;
    while (index < cells.length && (cells[index]?.pending ?? false) === pending) index += 1;
    const group = cells.slice(start, index);
    if (pending) out.push(...groupCluster(group));
    else out.push({ kind: 'plain', text: group.map((c) => c.text).join(''), delegation: null, proposal: null });
  }
  return out;
}

class BracketStack {
  private readonly open: Extent[] = [];

  constructor(
    private readonly views: Map<string, BracketView>,
    private readonly out: Segment[],
  ) {}

  private emit(kind: 'open' | 'close', extent: Extent): void {
    const bracket = this.views.get(extent.mark.id);
    if (bracket) this.out.push({ kind, bracket, delegation: null, proposal: null });
  }

  /** Closes every bracket that ends before `index`; brackets improperly overlapping it are reopened. */
  closeBefore(index: number): void {
    const ended = (extent: Extent) => extent.last < index;
    if (!this.open.some(ended)) return;
    const reopen: Extent[] = [];
    while (this.open.some(ended)) {
      const top = this.open.pop();
      if (!top) break;
      this.emit('close', top);
      if (!ended(top)) reopen.unshift(top);
    }
    for (const extent of reopen) this.push(extent);
  }

  push(extent: Extent): void {
    this.open.push(extent);
    this.emit('open', extent);
  }

  closeAll(): void {
    while (this.open.length > 0) {
      const top = this.open.pop();
      if (top) this.emit('close', top);
    }
  }
}

export function renderParagraphSegments(runs: readonly TextRun[]): Segment[] {
  const cells = toCells(runs);
  const extents = extentsOf(cells);
  const views = viewsOf(extents);
  const starts = new Map<number, Extent[]>();
  for (const extent of extents.values()) starts.set(extent.first, [...(starts.get(extent.first) ?? []), extent]);
  const out: Segment[] = [];
  const stack = new BracketStack(views, out);
  let stretch: Cell[] = [];
  const flush = () => {
    out.push(...textSegments(stretch));
    stretch = [];
  };
  cells.forEach((cell, index) => {
    const opening = (starts.get(index) ?? []).sort((a, b) => b.last - a.last);
    const closing = stretch.length > 0 && [...extents.values()].some((e) => e.last === index - 1);
    if (opening.length > 0 || closing) flush();
    stack.closeBefore(index);
    opening.forEach((extent) => stack.push(extent));
    stretch.push(cell);
  });
  flush();
  stack.closeAll();
  return out;
}
