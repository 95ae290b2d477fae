import type { Mark, Node as PMNode, Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { paragraphSchema } from './schema-extensions';

/** Fixtures for the editor's unit tests: build paragraphs from runs and read them back. */

export const schema: Schema = paragraphSchema();

export interface Run {
  text: string;
  insertion?: ProposalMarkAttrs;
  deletion?: ProposalMarkAttrs;
  bracket?: { by: string };
}

export function attrs(proposal: string, delegation: string, author: string): ProposalMarkAttrs {
  return { proposal, delegation, author, at: '2022-06-29T10:00:00.000Z' };
}

export function paragraphDoc(runs: Run[]): PMNode {
  const nodes = runs.map((run) => {
    const marks: Mark[] = [];
    if (run.bracket) marks.push(schema.marks.bracket!.create(run.bracket));
    if (run.insertion) marks.push(schema.marks.insertion!.create(run.insertion));
    if (run.deletion) marks.push(schema.marks.deletion!.create(run.deletion));
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
    for (const mark of node.marks) {
      if (mark.type.name === 'insertion') run.insertion = mark.attrs as ProposalMarkAttrs;
      if (mark.type.name === 'deletion') run.deletion = mark.attrs as ProposalMarkAttrs;
      if (mark.type.name === 'bracket') run.bracket = mark.attrs as { by: string };
    }
    runs.push(run);
  });
  return runs;
}

/** Caret position as a paragraph text offset. */
export function caretOf(state: EditorState): number {
  return state.selection.head - 1;
}
