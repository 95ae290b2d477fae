import { MARKS, SPOT_FORMS, type BracketMarkAttrs, type ProposalMarkAttrs, type SpotForm } from './schema';

/**
 * Reading marks off Yjs text attributes. y-tiptap stores a mark under its name, or under
 * `<name>--<hash>` when marks of one type overlap, so every reader goes through here.
 */

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

export interface KeyedProposalMark extends ProposalMarkAttrs {
  /** The attribute key it was stored under (`insertion` or `insertion--AbC12345`). */
  key: string;
}

/** A bracket mark with every optional attribute resolved (null when absent). */
export interface KeyedBracketMark {
  key: string;
  id: string;
  by: string;
  spot: string | null;
  form: SpotForm | null;
  option: string | null;
  noText: boolean;
  delegation: string | null;
  note: string | null;
}

export interface RunMarks {
  insertions: KeyedProposalMark[];
  deletions: KeyedProposalMark[];
  brackets: KeyedBracketMark[];
}

const MARK_NAMES: readonly MarkName[] = Object.values(MARKS);

/** Which mark an attribute key stores, or null for any other attribute. Runs per character the server checks: allocates nothing. */
export function markNameOfKey(key: string): MarkName | null {
  for (const name of MARK_NAMES) {
    if (key.startsWith(name) && (key.length === name.length || key.startsWith('--', name.length))) return name;
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

/** Brackets stored before brackets had identities carry only `by`; they read as one bracket per placer. */
export function isBracketMarkAttrs(value: unknown): value is Pick<BracketMarkAttrs, 'by'> & Partial<BracketMarkAttrs> {
  return typeof value === 'object' && value !== null && typeof (value as { by?: unknown }).by === 'string';
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

export function readBracketMark(value: Pick<BracketMarkAttrs, 'by'> & Partial<BracketMarkAttrs>, key: string): KeyedBracketMark {
  const form = SPOT_FORMS.find((candidate) => candidate === value.form) ?? null;
  const spot = text(value.spot);
  return {
    key,
    id: text(value.id) ?? `legacy:${value.by}`,
    by: value.by,
    spot,
    form: spot ? (form ?? 'adjacent') : null,
    option: text(value.option),
    noText: value.noText === true,
    delegation: text(value.delegation),
    note: text(value.note),
  };
}

/** The attributes to store for a bracket: only the keys that are set. */
export function bracketAttrs(mark: Omit<KeyedBracketMark, 'key'>): BracketMarkAttrs {
  const attrs: BracketMarkAttrs = { id: mark.id, by: mark.by };
  if (mark.spot) attrs.spot = mark.spot;
  if (mark.form) attrs.form = mark.form;
  if (mark.option) attrs.option = mark.option;
  if (mark.noText) attrs.noText = true;
  if (mark.delegation) attrs.delegation = mark.delegation;
  if (mark.note) attrs.note = mark.note;
  return attrs;
}

/** Sorts a run's attributes into marks; malformed mark values (e.g. a removed `null`) are ignored. */
export function readRunMarks(attributes: Record<string, unknown> | undefined): RunMarks {
  const marks: RunMarks = { insertions: [], deletions: [], brackets: [] };
  if (!attributes) return marks;
  for (const [key, value] of Object.entries(attributes)) {
    const name = markNameOfKey(key);
    if (name === MARKS.bracket && isBracketMarkAttrs(value)) {
      marks.brackets.push(readBracketMark(value, key));
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
