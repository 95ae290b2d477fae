import { describe, expect, it } from 'vitest';
import { Fragment, Slice } from '@tiptap/pm/model';
import { sanitizePastedSlice } from './paste';
import { rewriteProposalTransaction } from './rewrite-proposal';
import { attrs, paragraphDoc, runsOf, schema, stateAt } from '@/test-support/editor/editor-test-helpers';

const forged = attrs('forged', 'del-mex', 'user-mex');

function pastedSlice(): Slice {
  const first = paragraphDoc([{ text: 'hereby ', insertion: forged }, { text: 'decides', deletion: forged }]).firstChild!;
  const second = paragraphDoc([
    { text: 'to ', bracket: { id: 'b-1', by: 'someone' } },
    { text: 'act', brackets: [{ id: 'b-1', by: 'someone' }, { id: 'b-2', by: 'someone', spot: 's-1', form: 'slash' }] },
  ]).firstChild!;
  return new Slice(Fragment.from([first, schema.node('paragraph'), second]), 1, 1);
}

describe('sanitizePastedSlice', () => {
  it('strips forged suggestion marks and flattens paragraphs into one', () => {
    const slice = sanitizePastedSlice(pastedSlice(), schema, false);
    expect(slice.content.childCount).toBe(1);
    const doc = schema.node('doc', null, [slice.content.firstChild!]);
    expect(runsOf(doc)).toEqual([{ text: 'hereby decides to act' }]);
  });

  it('keeps brackets in clean mode only, each with a fresh identity (one bracket stays one)', () => {
    let next = 0;
    const slice = sanitizePastedSlice(pastedSlice(), schema, true, () => `new-${++next}`);
    const doc = schema.node('doc', null, [slice.content.firstChild!]);
    expect(runsOf(doc)).toEqual([
      { text: 'hereby decides ' },
      { text: 'to ', bracket: { id: 'new-1', by: 'someone' } },
      { text: 'act', brackets: [{ id: 'new-1', by: 'someone' }, { id: 'new-2', by: 'someone', spot: 'new-3', form: 'slash' }] },
    ]);
  });

  it('pastes as the actor’s own proposal whatever the clipboard claimed', () => {
    const state = stateAt([{ text: 'States act' }], 7);
    const slice = sanitizePastedSlice(pastedSlice(), schema, false);
    const actor = { delegation: 'del-usa', author: 'user-usa' };
    const out = rewriteProposalTransaction(state, state.tr.replaceSelection(slice), actor, { newId: () => 'p-usa' });
    const runs = runsOf(state.apply(out!).doc);
    expect(runs.map((run) => [run.text, run.insertion?.proposal, run.insertion?.delegation])).toEqual([
      ['States ', undefined, undefined],
      ['hereby decides to act', 'p-usa', 'del-usa'],
      ['act', undefined, undefined],
    ]);
  });

  it('turns an empty clipboard into an empty paragraph slice', () => {
    const slice = sanitizePastedSlice(Slice.empty, schema, false);
    expect(slice.content.firstChild?.textContent).toBe('');
  });
});
