import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { getParagraphRuns, getParagraphText } from '@/lib/negotiation/draft-doc';
import { settleProposalInText } from '@/lib/negotiation/commands/text-marks';
import { listParagraphProposals } from '@/lib/negotiation/proposals';
import { renderParagraphText } from '@/lib/negotiation/render';
import { proposeAlternativeTransaction } from './alternative-proposal';
import { type ProposalActor, rewriteProposalTransaction } from './rewrite-proposal';
import { paragraphDoc, schema } from '@/test-support/editor/editor-test-helpers';

const MEXICO: ProposalActor = { delegation: 'd-mexico', author: 'u-mexico' };
const CANADA: ProposalActor = { delegation: 'd-canada', author: 'u-canada' };
const names = (id: string) => ({ 'd-mexico': 'Mexico', 'd-canada': 'Canada' })[id] ?? id;
const times = { now: () => '2026-06-29T10:00:00.000Z' };

/** One draft paragraph in a Y.Doc, written and read the way the editor's Yjs binding does. */
class SharedParagraph {
  readonly doc = new Y.Doc();
  readonly paragraph = this.doc.getMap('paragraphs').set('p1', new Y.Map<unknown>());
  readonly fragment = this.paragraph.set('text', new Y.XmlFragment());

  constructor(text: string) {
    this.write(paragraphDoc([{ text }]));
  }

  write(doc: PMNode): void {
    this.doc.transact(() => updateYFragment(this.doc, this.fragment, doc, { mapping: new Map(), isOMark: new Map() }));
  }

  /** A delegate's editor state on the shared paragraph, with words `from`..`to` (text offsets) selected. */
  state(from: number, to = from): EditorState {
    const doc = yXmlFragmentToProseMirrorRootNode(this.fragment, schema);
    return EditorState.create({ schema, doc, selection: TextSelection.create(doc, from + 1, to + 1) });
  }

  rendered(): string {
    return renderParagraphText(getParagraphRuns(this.paragraph), { names });
  }
}

/** Types `text` over the selection, as proposal mode does for a key press, and shares the result. */
function typeOver(shared: SharedParagraph, from: number, to: number, text: string, actor: ProposalActor, id: string): void {
  const state = shared.state(from, to);
  const out = rewriteProposalTransaction(state, state.tr.insertText(text, state.selection.from, state.selection.to), actor, {
    ...times,
    newId: () => id,
  });
  shared.write(state.apply(out!).doc);
}

describe('an alternative to another delegation’s proposal', () => {
  it('typed over both its struck and its inserted words, is a sibling at the same spot, never nested in them', () => {
    const shared = new SharedParagraph('The Working Group recommends that States act.');
    typeOver(shared, 18, 28, 'urges', MEXICO, 'mex');
    expect(shared.rendered()).toBe('The Working Group [replace: recommends | with: urges] (Mexico) that States act.');

    typeOver(shared, 18, 33, 'encourages', CANADA, 'can');
    expect(shared.rendered()).toBe(
      'The Working Group [replace: recommends | with: alt 1: urges (Mexico) / alt 2: encourages (Canada)] that States act.',
    );
    const proposals = listParagraphProposals(shared.doc as unknown as Y.Doc, 'p1');
    expect(proposals.map((p) => [p.id, p.deleted, p.inserted, p.alternative])).toEqual([
      ['mex', 'recommends', 'urges', 1],
      ['can', 'recommends', 'encourages', 2],
    ]);

    settleProposalInText(getParagraphText(shared.paragraph)!, 'mex', 'reject');
    expect(shared.rendered()).toBe('The Working Group [replace: recommends | with: encourages] (Canada) that States act.');
    settleProposalInText(getParagraphText(shared.paragraph)!, 'can', 'accept');
    expect(shared.rendered()).toBe('The Working Group encourages that States act.');
  });

  it('typed over only the other’s inserted words, still strikes what the other strikes', () => {
    const shared = new SharedParagraph('The Working Group recommends that States act.');
    typeOver(shared, 18, 28, 'urges', MEXICO, 'mex');
    typeOver(shared, 28, 33, 'encourages', CANADA, 'can');
    expect(shared.rendered()).toBe(
      'The Working Group [replace: recommends | with: alt 1: urges (Mexico) / alt 2: encourages (Canada)] that States act.',
    );
  });

  it('leaves the caret after the new words, so the next letters extend the same proposal', () => {
    const shared = new SharedParagraph('The Working Group recommends that States act.');
    typeOver(shared, 18, 28, 'urges', MEXICO, 'mex');
    let state = shared.state(18, 33);
    state = state.apply(rewriteProposalTransaction(state, state.tr.insertText('e'), CANADA, { ...times, newId: () => 'can' })!);
    expect(state.selection.head - 1).toBe(34);
    state = state.apply(rewriteProposalTransaction(state, state.tr.insertText('n'), CANADA, { ...times, newId: () => 'other' })!);
    shared.write(state.doc);
    expect(shared.rendered()).toBe('The Working Group [replace: recommends | with: alt 1: urges (Mexico) / alt 2: en (Canada)] that States act.');
  });

  it('proposed from the proposal list, strikes the same words and follows the other’s words', () => {
    const shared = new SharedParagraph('The Working Group recommends that States act.');
    typeOver(shared, 18, 28, 'urges', MEXICO, 'mex');
    const state = shared.state(0);
    const tr = proposeAlternativeTransaction(state, 'mex', ' encourages ', CANADA, { ...times, newId: () => 'can' });
    shared.write(state.apply(tr!).doc);
    expect(shared.rendered()).toBe(
      'The Working Group [replace: recommends | with: alt 1: urges (Mexico) / alt 2: encourages (Canada)] that States act.',
    );
    expect(proposeAlternativeTransaction(state, 'gone', 'words', CANADA)).toBeNull();
    expect(proposeAlternativeTransaction(state, 'mex', '   ', CANADA)).toBeNull();
  });

  it('to an insertion, takes the same spacing so whichever is kept reads right', () => {
    const shared = new SharedParagraph('States act.');
    typeOver(shared, 6, 6, ' urgently', MEXICO, 'mex');
    const state = shared.state(0);
    shared.write(state.apply(proposeAlternativeTransaction(state, 'mex', 'quickly', CANADA, { ...times, newId: () => 'can' })!).doc);
    expect(shared.rendered()).toBe('States [alt 1: urgently (Mexico) / alt 2: quickly (Canada)] act.');
    settleProposalInText(getParagraphText(shared.paragraph)!, 'mex', 'reject');
    settleProposalInText(getParagraphText(shared.paragraph)!, 'can', 'accept');
    expect(shared.rendered()).toBe('States quickly act.');
  });
});
