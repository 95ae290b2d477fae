import { pickProposalAttrs, type KeyedProposalMark, type RunMarks } from './marks';
import type { ProposalMarkAttrs } from './schema';

/**
 * Competing proposals at one spot. A *cluster* is a stretch of touching text that carries
 * insertion or deletion marks. Inside a cluster, two proposals belong to one alternative set
 * when they mark the same characters (they strike the same words, or one strikes the other's
 * words) or when their insertions touch (they insert at the same place). A deletion followed
 * by someone else's bare insertion stays two separate proposals: accepting both is what both
 * delegations asked for.
 */

export interface ProposalPart extends ProposalMarkAttrs {
  /** The words the proposal adds ('' when it adds none). */
  text: string;
}

export interface AlternativePart extends ProposalPart {
  /** The words this alternative strikes ('' when it strikes none). */
  deleted: string;
}

interface Unattributed {
  delegation: null;
  proposal: null;
}

export type ProposalSegment =
  | ({ kind: 'insertion' } & ProposalPart)
  | ({ kind: 'deletion' } & ProposalPart)
  | ({ kind: 'replacement'; deleted: string } & ProposalPart)
  | ({
      kind: 'alternatives';
      /** The alternatives' added words joined by " / ", for search and plain listings. */
      text: string;
      alternatives: AlternativePart[];
      /** Words every alternative strikes, when they all strike the same words; null otherwise. */
      deleted: string | null;
    } & Unattributed);

export interface PendingCell {
  text: string;
  marks: RunMarks;
}

function proposalsOf(cell: PendingCell): KeyedProposalMark[] {
  return [...cell.marks.insertions, ...cell.marks.deletions];
}

/** Union-find over proposal ids, remembering the order in which ids were first seen. */
class Sets {
  private readonly parent = new Map<string, string>();
  readonly order: string[] = [];

  add(id: string): void {
    if (this.parent.has(id)) return;
    this.parent.set(id, id);
    this.order.push(id);
  }

  find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    this.parent.set(id, root);
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function linkProposals(cells: readonly PendingCell[]): Sets {
  const sets = new Sets();
  cells.forEach((cell, index) => {
    proposalsOf(cell).forEach((mark) => sets.add(mark.proposal));
    const deleting = cell.marks.deletions.map((mark) => mark.proposal);
    for (const id of deleting.slice(1)) sets.union(deleting[0] ?? id, id);
    const previous = cells[index - 1];
    if (!previous) return;
    for (const before of previous.marks.insertions) {
      for (const after of cell.marks.insertions) sets.union(before.proposal, after.proposal);
    }
  });
  return sets;
}

/** How many proposals each set holds, by its root. */
function setSizes(sets: Sets): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const id of sets.order) sizes.set(sets.find(id), (sizes.get(sets.find(id)) ?? 0) + 1);
  return sizes;
}

/** Groups of two or more proposals, keyed by root; a proposal that touches a group's words joins it. */
function alternativeGroups(cells: readonly PendingCell[]): { sets: Sets; grouped: Set<string> } {
  const sets = linkProposals(cells);
  const linked = setSizes(sets);
  const inGroup = (id: string) => (linked.get(sets.find(id)) ?? 0) > 1;
  for (const cell of cells) {
    const ids = proposalsOf(cell).map((mark) => mark.proposal);
    const member = ids.find(inGroup);
    if (member) ids.forEach((id) => sets.union(member, id));
  }
  const joined = setSizes(sets);
  return { sets, grouped: new Set(sets.order.filter((id) => (joined.get(sets.find(id)) ?? 0) > 1)) };
}

interface Member {
  attrs: ProposalMarkAttrs;
  inserted: string;
  deleted: string;
  /** Where its first inserted word stands in the cluster (Infinity when it inserts nothing). */
  firstInsertion: number;
}

function membersOf(cells: readonly PendingCell[], ids: readonly string[]): Member[] {
  const members = new Map<string, Member>();
  for (const id of ids) {
    members.set(id, { attrs: { proposal: id, delegation: '', author: '', at: '' }, inserted: '', deleted: '', firstInsertion: Infinity });
  }
  cells.forEach((cell, index) => {
    for (const mark of cell.marks.insertions) {
      const member = members.get(mark.proposal);
      if (member) member.firstInsertion = Math.min(member.firstInsertion, index);
    }
    for (const [list, field] of [
      [cell.marks.insertions, 'inserted'],
      [cell.marks.deletions, 'deleted'],
    ] as const) {
      for (const mark of list) {
        const member = members.get(mark.proposal);
        if (!member) continue;
        member.attrs = pickProposalAttrs(mark);
        member[field] += cell.text;
      }
    }
  });
  // Alternatives are numbered in the order their words are read; a bare strike comes last.
  return [...members.values()].sort((a, b) => a.firstInsertion - b.firstInsertion);
}

function alternatives(members: readonly Member[]): ProposalSegment {
  const parts: AlternativePart[] = members.map((m) => ({ ...m.attrs, text: m.inserted, deleted: m.deleted }));
  const first = parts[0]?.deleted ?? '';
  const common = parts.every((part) => part.deleted === first) && first.length > 0 ? first : null;
  const text = parts.map((part) => part.text).join(' / ');
  return { kind: 'alternatives', text, alternatives: parts, deleted: common, delegation: null, proposal: null };
}

type Lone = { kind: 'insertion' | 'deletion'; part: ProposalPart };

/** A cell outside any alternative set: a deletion wins over an insertion it strikes. */
function loneOf(cell: PendingCell): Lone | null {
  const deletion = cell.marks.deletions[0];
  const insertion = cell.marks.insertions[0];
  const mark = deletion ?? insertion;
  if (!mark) return null;
  return { kind: deletion ? 'deletion' : 'insertion', part: { ...pickProposalAttrs(mark), text: cell.text } };
}

/** Lone proposals in reading order: neighbours of one proposal merge; a deletion then its own insertion is a replacement. */
function groupLone(cells: readonly PendingCell[]): ProposalSegment[] {
  const atoms: Lone[] = [];
  for (const cell of cells) {
    const atom = loneOf(cell);
    const last = atoms[atoms.length - 1];
    if (!atom) continue;
    if (last && last.kind === atom.kind && last.part.proposal === atom.part.proposal) last.part.text += atom.part.text;
    else atoms.push(atom);
  }
  const out: ProposalSegment[] = [];
  for (let index = 0; index < atoms.length; index += 1) {
    const atom = atoms[index];
    if (!atom) continue;
    const next = atoms[index + 1];
    if (atom.kind === 'deletion' && next?.kind === 'insertion' && next.part.proposal === atom.part.proposal) {
      out.push({ kind: 'replacement', ...next.part, deleted: atom.part.text });
      index += 1;
    } else {
      out.push({ kind: atom.kind, ...atom.part });
    }
  }
  return out;
}

/**
 * The segments of a cluster in reading order: each alternative set once, where its first word
 * stands, and every other proposal as an insertion, deletion or replacement.
 */
export function groupCluster(cells: readonly PendingCell[]): ProposalSegment[] {
  const { sets, grouped } = alternativeGroups(cells);
  const out: ProposalSegment[] = [];
  const emitted = new Set<string>();
  let lone: PendingCell[] = [];
  for (const cell of cells) {
    const member = proposalsOf(cell).find((mark) => grouped.has(mark.proposal));
    if (!member) {
      lone.push(cell);
      continue;
    }
    out.push(...groupLone(lone));
    lone = [];
    const root = sets.find(member.proposal);
    if (emitted.has(root)) continue;
    emitted.add(root);
    const ids = sets.order.filter((id) => sets.find(id) === root);
    out.push(alternatives(membersOf(cells, ids)));
  }
  out.push(...groupLone(lone));
  return out;
}

/** Proposal id -> its alternative set (the set's first proposal) and 1-based position in it. */
export interface SetPosition {
  set: string;
  alternative: number;
  size: number;
}

export function setPositions(segments: readonly { kind: string }[]): Map<string, SetPosition> {
  const positions = new Map<string, SetPosition>();
  for (const segment of segments) {
    if (segment.kind !== 'alternatives') continue;
    const parts = (segment as Extract<ProposalSegment, { kind: 'alternatives' }>).alternatives;
    const set = parts[0]?.proposal ?? '';
    parts.forEach((part, index) => {
      if (!positions.has(part.proposal)) positions.set(part.proposal, { set, alternative: index + 1, size: parts.length });
    });
  }
  return positions;
}
