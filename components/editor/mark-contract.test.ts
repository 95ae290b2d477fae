import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { getParagraphRuns } from '@/lib/negotiation/draft-doc';
import { getSchema } from '@tiptap/core';
import { rewriteProposalTransaction } from './rewrite-proposal';
import { paragraphSchemaExtensions } from './schema-extensions';
import { attrs, runsOf, schema, stateAt } from './test-helpers';

/** The marks as Yjs stores them must match lib/negotiation/schema.ts, which the server reads. */
describe('suggestion marks in the Yjs paragraph fragment', () => {
  it('are stored under plain insertion / deletion / bracket keys, both marks on one run when nested', () => {
    const mex = attrs('mex-1', 'del-mex', 'user-mex');
    const state = stateAt([{ text: 'act ' }, { text: 'now', insertion: mex, bracket: { by: 'chair' } }], 7);
    const actor = { delegation: 'del-usa', author: 'user-usa' };
    const tr = rewriteProposalTransaction(state, state.tr.delete(6, 8), actor, { newId: () => 'usa-1', now: () => 'T' });
    const doc = state.apply(tr!).doc;

    const ydoc = new Y.Doc();
    const paragraph = ydoc.getMap<unknown>('p');
    const fragment = new Y.XmlFragment();
    paragraph.set('text', fragment);
    prosemirrorToYXmlFragment(doc, fragment);

    expect(getParagraphRuns(paragraph)).toEqual([
      { insert: 'act ' },
      { insert: 'n', attributes: { bracket: { by: 'chair' }, insertion: mex } },
      {
        insert: 'ow',
        attributes: {
          bracket: { by: 'chair' },
          insertion: mex,
          deletion: { proposal: 'usa-1', delegation: 'del-usa', author: 'user-usa', at: 'T' },
        },
      },
    ]);
    expect(runsOf(yXmlFragmentToProseMirrorRootNode(fragment, schema))).toEqual(runsOf(doc));
  });

  it('render with the attribution and colour of the delegation, and Chair for CHAIR', () => {
    const labels = new Map([['del-mex', { shortName: 'MEX', name: 'Mexico', colorIndex: 15 }]]);
    const labelled = getSchema(paragraphSchemaExtensions((id) => labels.get(id)));
    const render = (markName: 'insertion' | 'deletion', delegation: string) => {
      const mark = labelled.marks[markName]!.create(attrs('p-1', delegation, 'user-1'));
      return labelled.marks[markName]!.spec.toDOM!(mark, true) as [string, Record<string, string>, unknown];
    };
    const [tag, mex] = render('insertion', 'del-mex');
    expect(tag).toBe('ins');
    expect(mex).toMatchObject({ class: 'prop-ins', 'data-attribution': 'MEX', 'data-color-index': '3', 'data-proposal': 'p-1' });
    const [chairTag, chair] = render('deletion', 'CHAIR');
    expect(chairTag).toBe('del');
    expect(chair).toMatchObject({ class: 'prop-del', 'data-attribution': 'Chair', 'data-color-index': 'chair' });
    expect(render('deletion', 'del-xyz')[1]).toMatchObject({ 'data-color-index': 'unknown' });
  });
});
