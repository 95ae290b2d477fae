import { describe, expect, it } from 'vitest';
import type { EditorState } from '@tiptap/pm/state';
import { startComposition } from './composition';
import { decideTransaction, type ProposalModeStorage } from './proposal-mode';
import { type ProposalActor, rewriteProposalTransaction } from './rewrite-proposal';
import { attrs, caretOf, runsOf, stateAt } from '@/test-support/editor/editor-test-helpers';

const MEX: ProposalActor = { delegation: 'del-mex', author: 'user-mex' };
const CAN: ProposalActor = { delegation: 'del-can', author: 'user-can' };
const NOW = '2026-12-02T01:00:00.000Z';

function ids() {
  let counter = 0;
  return { now: () => NOW, newId: () => `p${++counter}` };
}

/**
 * An input method composing `steps` (the reading as it grows) and committing `committed`, the way
 * ProseMirror reports it: compositionstart, then one transaction per change of the composed text,
 * each replacing the text composed so far and carrying the `composition` meta.
 */
function compose(
  start: EditorState,
  storage: ProposalModeStorage,
  steps: string[],
  committed: string,
  options = ids(),
  compositionId = 1,
): EditorState {
  const begun = startComposition(start, storage.actor!, options);
  storage.composition = begun.proposal;
  let state = start.apply(begun.tr);
  const from = state.selection.from;
  let composed = 0;
  for (const text of [...steps, committed]) {
    // The browser writes into the caret's stored marks on the first letter, then into the text.
    const tr = state.tr.insertText(text, from, from + composed).setMeta('composition', compositionId);
    if (composed === 0 && state.storedMarks) tr.ensureMarks(state.storedMarks);
    const decided = decideTransaction(state, tr, storage, options.now);
    expect(decided).not.toBeNull();
    state = state.apply(decided!);
    composed = text.length;
  }
  return state;
}

function proposing(actor: ProposalActor): ProposalModeStorage {
  return { mode: 'proposal', actor, composition: null };
}

const mexInsertion = (proposal: string) => ({ proposal, delegation: 'del-mex', author: 'user-mex', at: NOW });

describe('composing through an input method in proposal mode', () => {
  it('makes the committed word one insertion of the delegate, with no reading left behind', () => {
    const storage = proposing(MEX);
    const next = compose(stateAt([{ text: 'States act' }], 6), storage, ['z', 'zh', 'zhong', 'zhongguo'], '中国');
    expect(runsOf(next.doc)).toEqual([{ text: 'States' }, { text: '中国', insertion: mexInsertion('p1') }, { text: ' act' }]);
    expect(caretOf(next)).toBe(8);
  });

  it('puts the caret inside the proposal mark before the first letter, so no letter is ever unmarked', () => {
    const begun = startComposition(stateAt([{ text: 'States act' }], 6), MEX, ids());
    expect(begun.proposal).toEqual(mexInsertion('p1'));
    expect(begun.tr.storedMarks?.map((mark) => [mark.type.name, mark.attrs.proposal])).toEqual([['insertion', 'p1']]);
  });

  it('continues the same proposal with a word composed right after, and starts another elsewhere', () => {
    const storage = proposing(MEX);
    const options = ids();
    let state = compose(stateAt([{ text: 'States act' }], 6), storage, ['zhongguo'], '中国', options, 1);
    state = compose(state, storage, ['ren', 'renmin'], '人民', options, 2);
    expect(runsOf(state.doc)).toEqual([{ text: 'States' }, { text: '中国人民', insertion: mexInsertion('p1') }, { text: ' act' }]);

    const elsewhere = stateAt(runsOf(state.doc), 0);
    const after = compose(elsewhere, storage, ['nihao'], '你好', options, 3);
    expect(runsOf(after.doc).map((run) => [run.text, run.insertion?.proposal])).toEqual([
      ['你好', 'p2'],
      ['States', undefined],
      ['中国人民', 'p1'],
      [' act', undefined],
    ]);
  });

  it('replaces selected words with the composed word as one proposal, the struck words first', () => {
    const start = stateAt([{ text: 'States should act' }], 7, 13);
    const next = compose(start, proposing(MEX), ['ying', 'yinggai'], '应该');
    expect(runsOf(next.doc)).toEqual([
      { text: 'States ' },
      { text: 'should', deletion: mexInsertion('p1') },
      { text: '应该', insertion: mexInsertion('p1') },
      { text: ' act' },
    ]);
    expect(caretOf(next)).toBe(15);
  });

  it("over another delegation's pending words, proposes an alternative exactly as typing would", () => {
    const mex = attrs('mex-1', 'del-mex', 'user-mex');
    const runs = [{ text: 'States ' }, { text: 'should', deletion: mex }, { text: 'shall', insertion: mex }, { text: ' act' }];
    const composed = compose(stateAt(runs, 7, 18), proposing(CAN), ['bixu'], '必须');
    const before = stateAt(runs, 7, 18);
    const typed = rewriteProposalTransaction(before, before.tr.insertText('必须', 8, 19), CAN, ids());
    expect(runsOf(composed.doc)).toEqual(runsOf(before.apply(typed!).doc));
    expect(runsOf(composed.doc).find((run) => run.text === 'shall')?.insertion).toEqual(mex);
  });

  it("removes the delegate's own pending words it composes over, keeping their proposal", () => {
    const own = mexInsertion('mine');
    const start = stateAt([{ text: 'States ' }, { text: 'shall', insertion: own }, { text: ' act' }], 7, 12);
    const next = compose(start, proposing(MEX), ['bixu'], '必须');
    expect(runsOf(next.doc)).toEqual([{ text: 'States ' }, { text: '必须', insertion: own }, { text: ' act' }]);
    expect(caretOf(next)).toBe(9);
  });

  it('does not let normal typing after a composition join the composed proposal from afar', () => {
    const storage = proposing(MEX);
    const options = ids();
    const composed = compose(stateAt([{ text: 'States act' }], 6), storage, ['zhongguo'], '中国', options);
    const away = stateAt(runsOf(composed.doc), 0);
    const typed = away.apply(decideTransaction(away, away.tr.insertText('X'), storage, options.now)!);
    expect(runsOf(typed.doc)[0]?.insertion?.proposal).not.toBe('p1');
  });
});
