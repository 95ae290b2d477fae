import type { TextRun } from './draft-doc';
import { pickProposalAttrs, readRunMarks, type KeyedProposalMark } from './marks';
import type { ProposalMarkAttrs } from './schema';

/**
 * A paragraph's runs grouped the way the room reads them: plain text, bracketed base text,
 * and pending proposals (insertion, deletion, replacement, alternatives). The screen legend,
 * the JSON API and every export build on this one grouping so they never disagree.
 *
 * Grouping rules, applied left to right on runs merged by proposal:
 * - a deletion immediately followed by an insertion of the same proposal is a replacement;
 * - two or more adjacent insertions of different proposals are alternatives, and when they
 *   directly follow a deletion that deletion is what they would replace;
 * - text carrying both a deletion and an insertion (one delegation striking another's
 *   pending words) counts as a deletion: it disappears whichever way either is decided.
 * Segment text is raw: whitespace is kept, so concatenating the parts gives back the runs.
 */

export interface ProposalPart extends ProposalMarkAttrs {
  text: string;
}

interface Unattributed {
  delegation: null;
  proposal: null;
}

export type Segment =
  | ({ kind: 'plain'; text: string } & Unattributed)
  | ({ kind: 'bracket'; text: string; by: string } & Unattributed)
  | ({ kind: 'insertion' } & ProposalPart)
  | ({ kind: 'deletion' } & ProposalPart)
  | ({ kind: 'replacement'; deleted: string } & ProposalPart)
  | ({
      kind: 'alternatives';
      /** The alternatives' texts joined by " / ", for search and plain listings. */
      text: string;
      alternatives: ProposalPart[];
      /** The pending deletion the alternatives would replace, if they follow one. */
      deleted: ProposalPart | null;
    } & Unattributed);

export type SegmentKind = Segment['kind'];

type Atom =
  | { kind: 'plain'; text: string }
  | { kind: 'bracket'; text: string; by: string }
  | { kind: 'insertion' | 'deletion'; part: ProposalPart };

function atomOf(run: TextRun): Atom {
  const marks = readRunMarks(run.attributes);
  const deletion: KeyedProposalMark | undefined = marks.deletions[0];
  const insertion: KeyedProposalMark | undefined = marks.insertions[0];
  const proposal = deletion ?? insertion;
  if (proposal) {
    const part = { ...pickProposalAttrs(proposal), text: run.insert };
    return { kind: deletion ? 'deletion' : 'insertion', part };
  }
  const bracket = marks.brackets[0];
  if (bracket) return { kind: 'bracket', text: run.insert, by: bracket.by };
  return { kind: 'plain', text: run.insert };
}

function mergeable(a: Atom, b: Atom): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'insertion' || a.kind === 'deletion') {
    return b.kind === a.kind && a.part.proposal === b.part.proposal;
  }
  return true;
}

function appendText(atom: Atom, text: string): void {
  if ('part' in atom) atom.part.text += text;
  else atom.text += text;
}

function atomText(atom: Atom): string {
  return 'part' in atom ? atom.part.text : atom.text;
}

/** Runs -> atoms with neighbours of the same kind and proposal merged. */
function toAtoms(runs: readonly TextRun[]): Atom[] {
  const atoms: Atom[] = [];
  for (const run of runs) {
    if (typeof run.insert !== 'string' || run.insert.length === 0) continue;
    const atom = atomOf(run);
    const last = atoms[atoms.length - 1];
    if (last && mergeable(last, atom)) appendText(last, atomText(atom));
    else atoms.push(atom);
  }
  return atoms;
}

function insertionsFrom(atoms: readonly Atom[], start: number): ProposalPart[] {
  const parts: ProposalPart[] = [];
  for (let i = start; i < atoms.length; i += 1) {
    const atom = atoms[i];
    if (!atom || atom.kind !== 'insertion') break;
    parts.push(atom.part);
  }
  return parts;
}

function alternatives(parts: ProposalPart[], deleted: ProposalPart | null): Segment {
  const text = parts.map((part) => part.text).join(' / ');
  return { kind: 'alternatives', text, alternatives: parts, deleted, delegation: null, proposal: null };
}

/** Groups a deletion with what follows it; returns the segment(s) and how many atoms they used. */
function groupDeletion(atoms: readonly Atom[], index: number, deletion: ProposalPart): [Segment[], number] {
  const following = insertionsFrom(atoms, index + 1);
  const first = following[0];
  if (following.length >= 2) return [[alternatives(following, deletion)], 1 + following.length];
  if (first && first.proposal === deletion.proposal) {
    return [[{ kind: 'replacement', ...first, deleted: deletion.text }], 2];
  }
  return [[{ kind: 'deletion', ...deletion }], 1];
}

function plainSegment(atom: Atom): Segment {
  return { kind: 'plain', text: atomText(atom), delegation: null, proposal: null };
}

export function renderParagraphSegments(runs: readonly TextRun[]): Segment[] {
  const atoms = toAtoms(runs);
  const segments: Segment[] = [];
  let index = 0;
  while (index < atoms.length) {
    const atom = atoms[index];
    if (!atom) break;
    if (atom.kind === 'deletion') {
      const [grouped, used] = groupDeletion(atoms, index, atom.part);
      segments.push(...grouped);
      index += used;
    } else if (atom.kind === 'insertion') {
      const following = insertionsFrom(atoms, index);
      if (following.length >= 2) segments.push(alternatives(following, null));
      else segments.push({ kind: 'insertion', ...atom.part });
      index += following.length;
    } else {
      segments.push(atom.kind === 'bracket' ? { ...atom, delegation: null, proposal: null } : plainSegment(atom));
      index += 1;
    }
  }
  return segments;
}
