import { Fragment, type Mark } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { applySiblingEdit, otherProposalsIn } from './alternative-proposal';
import { newProposalId } from './proposal-id';
import { type ProposalActor, proposalToContinue, rewriteProposalTransaction } from './rewrite-proposal';
import { suggestionMarkTypes } from './suggestion-marks';
import { selectionInParagraph } from './transaction-utils';

/**
 * Typing through an input method (Chinese pinyin, Japanese kana, Korean jamo): the browser writes
 * the reading ("zhongguo") into the paragraph letter by letter and then swaps in the chosen
 * characters ("中国"). Every one of those DOM changes reaches proposal mode as a transaction.
 *
 * If the composed letters were plain text that proposal mode then wrapped in an insertion mark,
 * ProseMirror would redraw the text node the input method is writing into, and the input method
 * would lose its place (stale reading left behind, letters doubled). So the composition is
 * prepared before its first letter: any selected words are struck (the composed word replaces
 * them), and the caret carries the insertion mark of the proposal the word belongs to, so the
 * browser writes every letter inside that mark and proposal mode finds nothing to redraw.
 */
export interface CompositionStart {
  /** Strikes the selection (if any) and stores the proposal's mark at the caret. */
  tr: Transaction;
  /** The proposal the composed text belongs to: the actor's own one at the caret, or a new one. */
  proposal: ProposalMarkAttrs;
}

export interface CompositionOptions {
  now?: () => string;
  newId?: () => string;
}

/**
 * What to dispatch when an input method starts composing in proposal mode. The transaction is
 * already attributed: dispatch it past proposal mode (bypassProposalMode).
 */
export function startComposition(state: EditorState, actor: ProposalActor, options: CompositionOptions = {}): CompositionStart {
  const fresh = (): ProposalMarkAttrs => ({
    proposal: (options.newId ?? newProposalId)(),
    delegation: actor.delegation,
    author: actor.author,
    at: (options.now ?? (() => new Date().toISOString()))(),
  });
  const struck = state.selection.empty ? null : strikeSelection(state, actor, fresh, options);
  const tr = struck?.tr ?? state.tr;
  const caret = tr.selection.$head;
  const proposal = struck?.proposal ?? proposalToContinue(tr.doc, caret.pos, caret.pos, actor) ?? fresh();
  const marks = suggestionMarkTypes(state.schema);
  // The caret's other marks (brackets) stay, as they would for a typed letter.
  const kept = caret.marks().filter((mark: Mark) => mark.type !== marks.insertion && mark.type !== marks.deletion);
  tr.setStoredMarks(marks.insertion.create(proposal).addToSet(kept));
  return { tr, proposal };
}

/**
 * Strikes the selected words the composed word will replace, exactly as typing over them does:
 * over another delegation's pending words the composed word becomes an alternative to their
 * proposal (placed after their words); otherwise the selection is struck and the caret put after
 * it, where the composed word follows.
 */
function strikeSelection(
  state: EditorState,
  actor: ProposalActor,
  fresh: () => ProposalMarkAttrs,
  options: CompositionOptions,
): { tr: Transaction; proposal?: ProposalMarkAttrs } {
  const { from, to } = state.selection;
  const others = otherProposalsIn(state.doc, from, to, actor);
  if (others.size > 0) {
    const proposal = fresh();
    const tr = state.tr;
    const end = applySiblingEdit(tr, { proposals: others, words: Fragment.empty, typedOver: { from, to } }, actor, proposal);
    if (end !== null) return { tr: tr.setSelection(selectionInParagraph(tr.doc, end, end)), proposal };
  }
  // Words typed over the actor's own proposal stay that proposal, as typed letters do.
  const proposal = proposalToContinue(state.doc, from, to, actor);
  const deletion = state.tr.deleteSelection();
  const rewrite = { now: options.now, newId: options.newId, caretAfterDeletion: true, proposal };
  return { tr: rewriteProposalTransaction(state, deletion, actor, rewrite) ?? deletion, proposal };
}
