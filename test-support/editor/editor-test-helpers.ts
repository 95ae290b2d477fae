import type { Mark, Node as PMNode, Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { BracketMarkAttrs, ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { paragraphSchema } from '@/components/editor/schema-extensions';

/** Fixtures for the editor's unit tests: build paragraphs from runs and read them back. */

export const schema: Schema = paragraphSchema();

export interface Run {
  text: string;
  insertion?: ProposalMarkAttrs;
  deletion?: ProposalMarkAttrs;
  /** Several delegations striking the same words (alternatives at one spot), sorted by proposal id. */
  deletions?: ProposalMarkAttrs[];
  /** One bracket; `brackets` when the run sits in several (nested) brackets. */
  bracket?: Partial<BracketMarkAttrs> & { by: string };
  brackets?: (Partial<BracketMarkAttrs> & { by: string })[];
}

/** A mark's attributes without the unset ones, as assertions write them. */
function setAttrs(attrs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs).filter(([, value]) => value !== null && value !== undefined));
}

export function attrs(proposal: string, delegation: string, author: string): ProposalMarkAttrs {
  return { proposal, delegation, author, at: '2022-06-29T10:00:00.000Z' };
}

export function paragraphDoc(runs: Run[]): PMNode {
  const nodes = runs.map((run) => {
    const marks: Mark[] = [];
    for (const bracket of run.brackets ?? (run.bracket ? [run.bracket] : [])) marks.push(schema.marks.bracket!.create(bracket));
    if (run.insertion) marks.push(schema.marks.insertion!.create(run.insertion));
    for (const deletion of run.deletions ?? (run.deletion ? [run.deletion] : [])) marks.push(schema.marks.deletion!.create(deletion));
    return schema.text(run.text, marks);
  });
  return schema.node('doc', null, [schema.node('paragraph', null, nodes)]);
}

/** An editor state with the caret (or selection) at paragraph text offsets (0 = start). */
export function stateAt(runs: Run[], anchor: number, head: number = anchor): EditorState {
  const doc = paragraphDoc(runs);
  return EditorState.create({ schema, doc, selection: TextSelection.create(doc, anchor + 1, head + 1) });
}

/** The paragraph as runs, merging adjacent text with equal marks, for readable assertions. */
export function runsOf(doc: PMNode): Run[] {
  const runs: Run[] = [];
  doc.firstChild?.forEach((node) => {
    const run: Run = { text: node.text ?? '' };
    const brackets: Run['brackets'] = [];
    const deletions: ProposalMarkAttrs[] = [];
    for (const mark of node.marks) {
      if (mark.type.name === 'insertion') run.insertion = mark.attrs as ProposalMarkAttrs;
      if (mark.type.name === 'deletion') deletions.push(mark.attrs as ProposalMarkAttrs);
      if (mark.type.name === 'bracket') brackets.push(setAttrs(mark.attrs) as { by: string });
    }
    if (brackets.length === 1) run.bracket = brackets[0];
    if (brackets.length > 1) run.brackets = sortBrackets(brackets);
    if (deletions.length === 1) run.deletion = deletions[0];
    if (deletions.length > 1) run.deletions = deletions.sort((a, b) => a.proposal.localeCompare(b.proposal));
    runs.push(run);
  });
  return runs;
}

/** The order of two marks of one type on a text node is arbitrary; compare them by id. */
function sortBrackets<T extends { id?: string | null }>(brackets: T[]): T[] {
  return brackets.sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
}

/** Caret position as a paragraph text offset. */
export function caretOf(state: EditorState): number {
  return state.selection.head - 1;
}
