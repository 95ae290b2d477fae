import { describe, expect, it } from 'vitest';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { bypassProposalMode, decideTransaction, type ProposalModeStorage } from './proposal-mode';
import { attrs, runsOf, stateAt } from '@/test-support/editor/editor-test-helpers';

const mex = attrs('mex-1', 'del-mex', 'user-mex');
const CHAIR_USER = 'user-chair';
const clean: ProposalModeStorage = { mode: 'clean', actor: null };
const NOW = () => '2022-06-29T12:00:00.000Z';

describe('decideTransaction', () => {
  it('leaves remote changes from y-sync alone, even in proposal mode', () => {
    const state = stateAt([{ text: 'abc' }], 1);
    const remote = state.tr.insertText('x').setMeta(ySyncPluginKey, { isChangeOrigin: true });
    const current: ProposalModeStorage = { mode: 'proposal', actor: { delegation: 'del-usa', author: 'user-usa' } };
    expect(decideTransaction(state, remote, current)).toBe(remote);
  });

  it('leaves transactions marked to bypass proposal mode alone', () => {
    const state = stateAt([{ text: 'abc' }], 1);
    const accept = bypassProposalMode(state.tr.delete(1, 2));
    const current: ProposalModeStorage = { mode: 'proposal', actor: { delegation: 'del-usa', author: 'user-usa' } };
    expect(decideTransaction(state, accept, current)).toBe(accept);
  });

  it('drops local edits in read-only mode and in proposal mode without an actor', () => {
    const state = stateAt([{ text: 'abc' }], 1);
    expect(decideTransaction(state, state.tr.insertText('x'), { mode: 'readonly', actor: null })).toBeNull();
    expect(decideTransaction(state, state.tr.insertText('x'), { mode: 'proposal', actor: null })).toBeNull();
    const selectionOnly = state.tr.setSelection(state.selection);
    expect(decideTransaction(state, selectionOnly, { mode: 'readonly', actor: null })).toBe(selectionOnly);
  });

  it('in clean mode, does not let text the chair types inherit a pending insertion', () => {
    const state = stateAt([{ text: 'hereby', insertion: mex }], 4);
    const typed = state.tr.insertText('X');
    expect(typed.doc.firstChild?.child(0).marks.length).toBe(1);
    const next = state.apply(decideTransaction(state, typed, clean)!);
    expect(runsOf(next.doc)).toEqual([
      { text: 'here', insertion: mex },
      { text: 'X' },
      { text: 'by', insertion: mex },
    ]);
    expect(next.selection.head).toBe(6);
  });

  it('in clean mode, keeps brackets and passes through edits that inherit nothing', () => {
    const state = stateAt([{ text: 'abc', bracket: { by: CHAIR_USER } }], 1);
    const typed = state.tr.insertText('X');
    expect(decideTransaction(state, typed, clean)).toBe(typed);
  });

  it('attributes the chair proposing compromise text to CHAIR', () => {
    const state = stateAt([{ text: 'hereby', insertion: mex }], 6);
    const current: ProposalModeStorage = { mode: 'proposal', actor: { delegation: 'CHAIR', author: CHAIR_USER } };
    const next = state.apply(decideTransaction(state, state.tr.insertText(' firmly'), current, NOW)!);
    expect(runsOf(next.doc)[1]).toMatchObject({ text: ' firmly', insertion: { delegation: 'CHAIR', author: CHAIR_USER } });
  });
});
