import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Node as PMNode } from '@tiptap/pm/model';
import { getParagraphRuns } from '@/lib/negotiation/draft-doc';
import { pickProposalAttrs, readRunMarks } from '@/lib/negotiation/marks';
import { renderParagraphText } from '@/lib/negotiation/render';
import { getSchema } from '@tiptap/core';
import { rewriteProposalTransaction } from './rewrite-proposal';
import { paragraphSchemaExtensions } from './schema-extensions';
import { attrs, paragraphDoc, runsOf, schema, stateAt } from '@/test-support/editor/editor-test-helpers';

const names = (id: string) => (id === 'del-egy' ? 'Egypt' : id);

/** The paragraph written into a fresh Y.Doc the way y-tiptap writes it; returns its text fragment. */
function toYjs(doc: PMNode): Y.XmlFragment {
  const ydoc = new Y.Doc();
  const paragraph = ydoc.getMap<unknown>('p');
  const fragment = new Y.XmlFragment();
  paragraph.set('text', fragment);
  prosemirrorToYXmlFragment(doc, fragment);
  return fragment;
}

/** `bracket--AbC12345` -> `bracket--#`: the hash depends on the attributes, the shape does not. */
const keyShape = (key: string) => key.replace(/--[A-Za-z0-9+/=]{8}$/, '--#');

/** Marks compared as sets: the order of two marks of one type on a text node is arbitrary. */
function prosemirrorJSON(doc: PMNode): unknown {
  const json: string[] = [];
  doc.descendants((node) => {
    if (node.isText) json.push(`${node.text}:${node.marks.map((mark) => JSON.stringify(mark.toJSON())).sort().join(',')}`);
  });
  return json;
}

/** The marks as Yjs stores them must match lib/negotiation/schema.ts, which the server reads. */
describe('suggestion marks in the Yjs paragraph fragment', () => {
  it('store an insertion under the plain key and each deletion and bracket under a hashed key', () => {
    const mex = attrs('mex-1', 'del-mex', 'user-mex');
    const state = stateAt([{ text: 'act ' }, { text: 'now', insertion: mex, bracket: { id: 'b-1', by: 'chair' } }], 7);
    const actor = { delegation: 'del-usa', author: 'user-usa' };
    const tr = rewriteProposalTransaction(state, state.tr.delete(6, 8), actor, { newId: () => 'usa-1', now: () => 'T' });
    const doc = state.apply(tr!).doc;
    const fragment = toYjs(doc);

    const runs = getParagraphRuns(fragment.parent as Y.Map<unknown>);
    expect(runs.map((run) => [run.insert, Object.keys(run.attributes ?? {}).map(keyShape).sort()])).toEqual([
      ['act ', []],
      ['n', ['bracket--#', 'insertion']],
      ['ow', ['bracket--#', 'deletion--#', 'insertion']],
    ]);
    const marks = readRunMarks(runs[2]!.attributes);
    expect(marks.insertions.map(pickProposalAttrs)).toEqual([mex]);
    expect(marks.deletions.map(pickProposalAttrs)).toEqual([{ proposal: 'usa-1', delegation: 'del-usa', author: 'user-usa', at: 'T' }]);
    expect(marks.brackets.map((bracket) => [bracket.id, bracket.by])).toEqual([['b-1', 'chair']]);
    expect(runsOf(yXmlFragmentToProseMirrorRootNode(fragment, schema))).toEqual(runsOf(doc));
  });

  it('keep nested brackets as distinct marks, through Yjs and back', () => {
    const outer = { id: 'outer', by: 'chair' };
    const inner = { id: 'inner', by: 'chair', delegation: 'del-egy' };
    const doc = paragraphDoc([
      { text: 'States parties should ', bracket: outer },
      { text: 'consider', brackets: [outer, inner] },
      { text: ' training', bracket: outer },
    ]);
    const fragment = toYjs(doc);
    const runs = getParagraphRuns(fragment.parent as Y.Map<unknown>);
    expect(runs.map((run) => readRunMarks(run.attributes).brackets.map((bracket) => bracket.id).sort())).toEqual([
      ['outer'],
      ['inner', 'outer'],
      ['outer'],
    ]);
    expect(Object.keys(runs[1]!.attributes ?? {}).map(keyShape)).toEqual(['bracket--#', 'bracket--#']);
    expect(readRunMarks(runs[1]!.attributes).brackets.find((bracket) => bracket.id === 'inner')?.delegation).toBe('del-egy');
    expect(renderParagraphText(runs, { names })).toBe('[States parties should [consider] (Egypt) training]');
    expect(runsOf(yXmlFragmentToProseMirrorRootNode(fragment, schema))).toEqual(runsOf(doc));
  });

  it('keep adjacent alternatives of one spot as two brackets, through Yjs and back', () => {
    const spot = { by: 'chair', spot: 's-1', form: 'adjacent' as const };
    const doc = paragraphDoc([
      { text: 'Recognizing', bracket: { ...spot, id: 'alt-1', delegation: 'del-egy' } },
      { text: 'Acknowledging', bracket: { ...spot, id: 'alt-2', note: 'European Union' } },
      { text: ' the need' },
    ]);
    const fragment = toYjs(doc);
    const runs = getParagraphRuns(fragment.parent as Y.Map<unknown>);
    expect(runs.map((run) => readRunMarks(run.attributes).brackets.map((bracket) => [bracket.id, bracket.spot]))).toEqual([
      [['alt-1', 's-1']],
      [['alt-2', 's-1']],
      [],
    ]);
    expect(renderParagraphText(runs, { names })).toBe('[Recognizing] (Egypt)[Acknowledging] (European Union) the need');
    const back = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    expect(runsOf(back)).toEqual(runsOf(doc));
    expect(prosemirrorJSON(back)).toEqual(prosemirrorJSON(doc));
  });

  it('render with the attribution and colour of the delegation, and Chair for CHAIR', () => {
    const labels = new Map([
      ['del-mex', { shortName: 'MEX', name: 'Mexico', colorIndex: 15 }],
      ['del-zam', { shortName: 'ZAM', name: 'Zambia', colorIndex: 199 }],
    ]);
    const labelled = getSchema(paragraphSchemaExtensions((id) => labels.get(id)));
    const render = (markName: 'insertion' | 'deletion', delegation: string) => {
      const mark = labelled.marks[markName]!.create(attrs('p-1', delegation, 'user-1'));
      return labelled.marks[markName]!.spec.toDOM!(mark, true) as [string, Record<string, string>, unknown];
    };
    const [tag, mex] = render('insertion', 'del-mex');
    expect(tag).toBe('ins');
    expect(mex).toMatchObject({ class: 'prop-ins', 'data-attribution': 'MEX', 'data-color-index': '15', 'data-proposal': 'p-1' });
    // The 200th delegation keeps a colour of its own (no sharing after twelve) and its short name.
    expect(render('deletion', 'del-zam')[1]).toMatchObject({ 'data-attribution': 'ZAM', 'data-color-index': '199' });
    const [chairTag, chair] = render('deletion', 'CHAIR');
    expect(chairTag).toBe('del');
    expect(chair).toMatchObject({ class: 'prop-del', 'data-attribution': 'Chair', 'data-color-index': 'chair' });
    expect(render('deletion', 'del-xyz')[1]).toMatchObject({ 'data-color-index': 'unknown' });
  });

  it('render a bracket with its attributes as data attributes, leaving out the unset ones', () => {
    const mark = schema.marks.bracket!.create({ id: 'b-1', by: 'u-chair', spot: 's-1', form: 'option', option: 'Option 2', noText: true });
    const [tag, html] = schema.marks.bracket!.spec.toDOM!(mark, true) as [string, Record<string, string>, unknown];
    expect(tag).toBe('span');
    expect(html).toEqual({
      class: 'bracketed',
      'data-bracket': 'b-1',
      'data-by': 'u-chair',
      'data-spot': 's-1',
      'data-form': 'option',
      'data-option': 'Option 2',
      'data-no-text': 'true',
    });
  });
});
