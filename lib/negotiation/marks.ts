import { MARKS, type BracketMarkAttrs, type ProposalMarkAttrs } from './schema';

/**
 * Reading marks off Yjs text attributes. y-tiptap stores a mark under its name, or under
 * `<name>--<hash>` when marks of one type overlap, so every reader goes through here.
 */

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

export interface KeyedProposalMark extends ProposalMarkAttrs {
  /** The attribute key it was stored under (`insertion` or `insertion--AbC12345`). */
  key: string;
}

export interface KeyedBracketMark extends BracketMarkAttrs {
  key: string;
}

export interface RunMarks {
  insertions: KeyedProposalMark[];
  deletions: KeyedProposalMark[];
  brackets: KeyedBracketMark[];
}

/** Which mark an attribute key stores, or null for any other attribute. */
export function markNameOfKey(key: string): MarkName | null {
  for (const name of Object.values(MARKS)) {
    if (key === name || key.startsWith(`${name}--`)) return name;
  }
  return null;
}

export function isProposalMarkAttrs(value: unknown): value is ProposalMarkAttrs {
  if (typeof value !== 'object' || value === null) return false;
  const attrs = value as Record<string, unknown>;
  return (
    typeof attrs.proposal === 'string' &&
    typeof attrs.delegation === 'string' &&
    typeof attrs.author === 'string' &&
    typeof attrs.at === 'string'
  );
}

export function isBracketMarkAttrs(value: unknown): value is BracketMarkAttrs {
  return typeof value === 'object' && value !== null && typeof (value as { by?: unknown }).by === 'string';
}

/** Sorts a run's attributes into marks; malformed mark values (e.g. a removed `null`) are ignored. */
export function readRunMarks(attributes: Record<string, unknown> | undefined): RunMarks {
  const marks: RunMarks = { insertions: [], deletions: [], brackets: [] };
  if (!attributes) return marks;
  for (const [key, value] of Object.entries(attributes)) {
    const name = markNameOfKey(key);
    if (name === MARKS.bracket && isBracketMarkAttrs(value)) {
      marks.brackets.push({ by: value.by, key });
    } else if ((name === MARKS.insertion || name === MARKS.deletion) && isProposalMarkAttrs(value)) {
      const mark: KeyedProposalMark = { ...pickProposalAttrs(value), key };
      (name === MARKS.insertion ? marks.insertions : marks.deletions).push(mark);
    }
  }
  return marks;
}

export function pickProposalAttrs(value: ProposalMarkAttrs): ProposalMarkAttrs {
  return { proposal: value.proposal, delegation: value.delegation, author: value.author, at: value.at };
}

export function hasPendingMarks(marks: RunMarks): boolean {
  return marks.insertions.length > 0 || marks.deletions.length > 0;
}
