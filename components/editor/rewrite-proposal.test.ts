import { describe, expect, it } from 'vitest';
import { AllSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { type ProposalActor, rewriteProposalTransaction } from './rewrite-proposal';
import { attrs, caretOf, runsOf, stateAt } from '@/test-support/editor/editor-test-helpers';

const MEX: ProposalActor = { delegation: 'del-mex', author: 'user-mex' };
const USA: ProposalActor = { delegation: 'del-usa', author: 'user-usa' };
/** The secretariat typing for Mexico: same delegation, different author. */
const SECRETARIAT_FOR_MEX: ProposalActor = { delegation: 'del-mex', author: 'user-sec' };
const NOW = '2022-06-29T11:00:00.000Z';

let counter = 0;
function rewrite(state: EditorState, tr: Transaction, actor: ProposalActor, caretAfterDeletion?: boolean): EditorState {
  const out = rewriteProposalTransaction(state, tr, actor, { now: () => NOW, newId: () => `p${++counter}`, caretAfterDeletion });
  expect(out).not.toBeNull();
  return state.apply(out!);
}
const type = (state: EditorState, text: string, actor: ProposalActor) => rewrite(state, state.tr.insertText(text), actor);
const backspace = (state: EditorState, actor: ProposalActor) =>
  rewrite(state, state.tr.delete(state.selection.head - 1, state.selection.head), actor);
const forwardDelete = (state: EditorState, actor: ProposalActor) =>
  rewrite(state, state.tr.delete(state.selection.head, state.selection.head + 1), actor);

describe('rewriteProposalTransaction', () => {
  it('marks typed text as a new insertion of the actor', () => {
    counter = 0;
    const next = type(stateAt([{ text: 'States shall act' }], 7), 'hereby ', MEX);
    expect(runsOf(next.doc)).toEqual([
      { text: 'States ' },
      { text: 'hereby ', insertion: { proposal: 'p1', delegation: 'del-mex', author: 'user-mex', at: NOW } },
      { text: 'shall act' },
    ]);
    expect(caretOf(next)).toBe(14);
  });

  it('gives a second delegation typing next to or inside an insertion its own new proposal', () => {
    const mex = attrs('mex-1', 'del-mex', 'user-mex');
    const afterEnd = type(stateAt([{ text: 'hereby', insertion: mex }, { text: ' act' }], 6), 'X', USA);
    expect(runsOf(afterEnd.doc)[1]).toEqual({ text: 'X', insertion: { ...attrs('p' + counter, 'del-usa', 'user-usa'), at: NOW } });
    expect(runsOf(afterEnd.doc)[0]).toEqual({ text: 'hereby', insertion: mex });

    const inside = type(stateAt([{ text: 'hereby', insertion: mex }], 4), 'Y', USA);
    expect(runsOf(inside.doc).map((run) => [run.text, run.insertion?.delegation])).toEqual([
      ['here', 'del-mex'],
      ['Y', 'del-usa'],
      ['by', 'del-mex'],
    ]);
    expect(runsOf(inside.doc)[1]?.insertion?.proposal).not.toBe('mex-1');
  });

  it('continues the same author and delegation proposal, but not another author of that delegation', () => {
    const mex = attrs('mex-1', 'del-mex', 'user-mex');
    const own = type(stateAt([{ text: 'here', insertion: mex }, { text: ' act' }], 4), 'by', MEX);
    expect(runsOf(own.doc)).toEqual([{ text: 'hereby', insertion: mex }, { text: ' act' }]);

    const secretariat = type(stateAt([{ text: 'here', insertion: mex }, { text: ' act' }], 4), 'by', SECRETARIAT_FOR_MEX);
    expect(runsOf(secretariat.doc)[1]?.insertion).toMatchObject({ delegation: 'del-mex', author: 'user-sec' });
    expect(runsOf(secretariat.doc)[1]?.insertion?.proposal).not.toBe('mex-1');
  });

  it("strikes another delegation's pending insertion instead of removing it, keeping its attribution", () => {
    const mex = attrs('mex-1', 'del-mex', 'user-mex');
    const next = backspace(stateAt([{ text: 'act ' }, { text: 'now', insertion: mex }], 7), USA);
    expect(runsOf(next.doc)).toEqual([
      { text: 'act ' },
      { text: 'no', insertion: mex },
      { text: 'w', insertion: mex, deletion: { ...attrs('p' + counter, 'del-usa', 'user-usa'), at: NOW } },
    ]);
    expect(caretOf(next)).toBe(6);
  });

  it("really removes the actor's own delegation's pending insertion", () => {
    const mex = attrs('mex-1', 'del-mex', 'user-mex');
    const next = backspace(stateAt([{ text: 'act ' }, { text: 'now', insertion: mex }], 7), SECRETARIAT_FOR_MEX);
    expect(runsOf(next.doc)).toEqual([{ text: 'act ' }, { text: 'no', insertion: mex }]);
    expect(caretOf(next)).toBe(6);
  });

  it('groups a replacement (typing over a selection) under one proposal, inserted after the struck text', () => {
    const next = type(stateAt([{ text: 'shall consider' }], 6, 14), 'should examine', MEX);
    const runs = runsOf(next.doc);
    expect(runs.map((run) => run.text)).toEqual(['shall ', 'consider', 'should examine']);
    expect(runs[1]?.deletion?.proposal).toBe(runs[2]?.insertion?.proposal);
    expect(runs[1]?.deletion?.delegation).toBe('del-mex');
    expect(runs[1]?.insertion).toBeUndefined();
    expect(caretOf(next)).toBe(28);
  });

  it('strikes the whole selected word when the typed text starts with the same letter', () => {
    const next = type(stateAt([{ text: 'should provide' }], 0, 6), 's', MEX);
    const runs = runsOf(next.doc);
    expect(runs.map((run) => run.text)).toEqual(['should', 's', ' provide']);
    expect(runs[0]?.deletion?.proposal).toBe(runs[1]?.insertion?.proposal);
  });

  it('strikes plain text on Backspace, one proposal for letters deleted in a row, caret walking left', () => {
    let state = stateAt([{ text: 'shall act' }], 5);
    state = backspace(state, MEX);
    state = backspace(state, MEX);
    const runs = runsOf(state.doc);
    expect(runs.map((run) => run.text)).toEqual(['sha', 'll', ' act']);
    expect(runs[1]?.deletion).toMatchObject({ delegation: 'del-mex', author: 'user-mex' });
    expect(caretOf(state)).toBe(3);
  });

  it('moves the caret past already struck text instead of getting stuck', () => {
    const usa = attrs('usa-1', 'del-usa', 'user-usa');
    const runs = [{ text: 'a' }, { text: 'bc', deletion: usa }, { text: 'd' }];
    const back = backspace(stateAt(runs, 3), MEX);
    expect(runsOf(back.doc)).toEqual(runs);
    expect(caretOf(back)).toBe(2);

    const forward = forwardDelete(stateAt(runs, 1), MEX);
    expect(runsOf(forward.doc)).toEqual(runs);
    expect(caretOf(forward)).toBe(2);
  });

  it('puts the caret after plain text struck by Delete', () => {
    const next = forwardDelete(stateAt([{ text: 'abc' }], 1), MEX);
    expect(runsOf(next.doc).map((run) => [run.text, Boolean(run.deletion)])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
    expect(caretOf(next)).toBe(2);
  });

  it('strikes a selection and leaves the caret after it when asked (IME over a selection)', () => {
    const state = stateAt([{ text: 'shall act' }], 0, 5);
    const next = rewrite(state, state.tr.deleteSelection(), MEX, true);
    expect(runsOf(next.doc)[0]).toMatchObject({ text: 'shall', deletion: { delegation: 'del-mex' } });
    expect(caretOf(next)).toBe(5);
  });

  it('strikes the whole paragraph when everything is selected and replaced', () => {
    const start = stateAt([{ text: 'old text' }], 0);
    const state = start.apply(start.tr.setSelection(new AllSelection(start.doc)));
    const next = rewrite(state, state.tr.insertText('new'), MEX);
    const runs = runsOf(next.doc);
    expect(runs.map((run) => [run.text, run.deletion?.proposal ?? run.insertion?.proposal])).toEqual([
      ['old text', runs[0]?.deletion?.proposal],
      ['new', runs[0]?.deletion?.proposal],
    ]);
    expect(runs[0]?.deletion?.delegation).toBe('del-mex');
    expect(caretOf(next)).toBe(11);
  });

  it('returns null for a transaction that does not change the document', () => {
    const state = stateAt([{ text: 'abc' }], 1);
    expect(rewriteProposalTransaction(state, state.tr.setMeta('x', 1), MEX)).toBeNull();
  });
});
