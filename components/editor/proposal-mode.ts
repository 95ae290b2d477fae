import { type Editor, Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { proposeAlternativeTransaction } from './alternative-proposal';
import { stripSuggestionMarksFromEdit } from './clean-edit';
import { startComposition } from './composition';
import { sanitizePastedSlice } from './paste';
import { selectionInParagraph } from './transaction-utils';
import { type ProposalActor, rewriteProposalTransaction } from './rewrite-proposal';

/**
 * - `proposal`: a delegate, the secretariat speaking for a delegation, or the chair offering
 *   compromise text as 'CHAIR': every edit becomes an attributed proposal.
 * - `clean`: the chair or secretariat editing the text itself; no attribution is invented.
 * - `readonly`: observers, viewers, locked paragraphs.
 */
export type EditorMode = 'proposal' | 'clean' | 'readonly';

export interface ProposalModeStorage {
  mode: EditorMode;
  /** Required in proposal mode; without it the editor behaves as read-only. */
  actor: ProposalActor | null;
  /**
   * The proposal the input method's current (or last) composition writes into, set when a
   * composition starts; ProseMirror marks the transactions of a composition with `composition`.
   */
  composition?: ProposalMarkAttrs | null;
}

/** Meta attached to transactions that proposal mode must treat specially. */
export interface ProposalModeMeta {
  /** Dispatch as is: programmatic changes such as a local accept/reject preview. */
  skip?: boolean;
  /** After a pure deletion, put the caret after the struck text (IME over a selection). */
  caretAfterDeletion?: boolean;
}

export const proposalModeKey = new PluginKey('proposalMode');

declare module '@tiptap/core' {
  interface Storage {
    proposalMode: ProposalModeStorage;
  }
}

/** Marks `tr` so that proposal mode dispatches it untouched. */
export function bypassProposalMode(tr: Transaction): Transaction {
  return tr.setMeta(proposalModeKey, { skip: true } satisfies ProposalModeMeta);
}

/**
 * What to dispatch instead of `tr` (possibly `tr` itself), or null to drop it. Transactions
 * from y-sync are remote changes already attributed by their author: rewriting them would turn
 * the whole paragraph into this client's proposal.
 */
export function decideTransaction(
  state: EditorState,
  tr: Transaction,
  current: ProposalModeStorage,
  now?: () => string,
): Transaction | null {
  if (tr.getMeta(ySyncPluginKey) !== undefined) return tr;
  const meta = (tr.getMeta(proposalModeKey) ?? {}) as ProposalModeMeta;
  if (meta.skip || !tr.docChanged || tr.before !== state.doc) return tr;
  if (current.mode === 'clean') return stripSuggestionMarksFromEdit(state, tr) ?? tr;
  if (current.mode === 'proposal' && current.actor) {
    const proposal = tr.getMeta('composition') !== undefined ? (current.composition ?? undefined) : undefined;
    const options = { caretAfterDeletion: meta.caretAfterDeletion, now, proposal };
    return rewriteProposalTransaction(state, tr, current.actor, options) ?? tr;
  }
  return null;
}

/**
 * Proposes `words` as an alternative to another delegation's pending proposal, for the delegation
 * the editor proposes for, in one transaction that is already attributed (so proposal mode lets
 * it through as it is). False when the editor is not proposing or the proposal is gone.
 */
export function proposeAlternative(editor: Editor, proposalId: string, words: string): boolean {
  const { mode, actor } = editor.storage.proposalMode;
  if (mode !== 'proposal' || !actor || !editor.isEditable) return false;
  const tr = proposeAlternativeTransaction(editor.state, proposalId, words, actor);
  if (!tr) return false;
  editor.view.dispatch(bypassProposalMode(tr.scrollIntoView()));
  return true;
}

/** Whether the user may type at all in this mode. */
export function isEditableMode(current: ProposalModeStorage): boolean {
  return current.mode === 'clean' || (current.mode === 'proposal' && current.actor !== null);
}

/**
 * Switches an existing editor between proposal, clean and read-only mode without recreating it,
 * so the Yjs binding, caret and focus survive (e.g. the secretariat picking the delegation that
 * has the floor, or the chair locking the paragraph).
 */
export function setEditorMode(editor: Editor, mode: EditorMode, actor: ProposalActor | null): void {
  const storage = editor.storage.proposalMode;
  storage.mode = mode;
  storage.actor = actor;
  const editable = isEditableMode(storage);
  if (editor.isEditable !== editable) editor.setEditable(editable, false);
}

/**
 * Before an input method writes its first letter (composition.ts): strike the selection it will
 * replace and put the proposal's insertion mark on the caret. Input methods announce each key with
 * keydown 229 before the composition starts; only then can selected words still be struck.
 */
function prepareComposition(view: EditorView, current: ProposalModeStorage, trigger: 'keydown' | 'compositionstart'): void {
  if (current.mode !== 'proposal' || !current.actor || !view.editable) return;
  syncSelectionFromDOM(view);
  const { empty } = view.state.selection;
  if (trigger === 'keydown' && empty) return;
  if (trigger === 'compositionstart' && !empty) {
    // Begun over a selection without keydown 229 (Chromium driven through its DevTools
    // protocol), the composition has already taken the selected words as the place it writes
    // to: striking them, or even moving the caret, now sends the reading into the middle of
    // those words. The ordinary rewrite handles it, letter by letter.
    current.composition = null;
    return;
  }
  const { tr, proposal } = startComposition(view.state, current.actor);
  current.composition = proposal;
  view.dispatch(bypassProposalMode(tr));
}

/**
 * The browser reports a caret moved by the keyboard (End, a click) a moment later; the input
 * method writes where the DOM caret is now, so prepare the composition there.
 */
function syncSelectionFromDOM(view: EditorView): void {
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return;
  const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(focusNode, selection.focusOffset);
  const current = view.state.selection;
  if (anchor === current.anchor && head === current.head) return;
  view.dispatch(view.state.tr.setSelection(selectionInParagraph(view.state.doc, anchor, head)));
}

/** Options give the mode the editor starts in; change it later with setEditorMode. */
export const ProposalMode = Extension.create<ProposalModeStorage, ProposalModeStorage>({
  name: 'proposalMode',

  addOptions() {
    return { mode: 'readonly', actor: null };
  },

  addStorage() {
    return { mode: this.options.mode, actor: this.options.actor, composition: null };
  },

  dispatchTransaction({ transaction, next }) {
    const decided = decideTransaction(this.editor.state, transaction, this.editor.storage.proposalMode);
    if (decided) next(decided);
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const current = () => editor.storage.proposalMode;
    return [
      new Plugin({
        key: proposalModeKey,
        props: {
          transformPasted: (slice, view) => sanitizePastedSlice(slice, view.state.schema, current().mode === 'clean'),
          handleKeyPress: (view, event) => {
            // Typing over a selection is left to the browser, and ProseMirror then keeps the
            // shortest diff: "should" typed over with "s" deletes only "hould". A negotiator
            // replaces the selected words, so do exactly that.
            const { selection } = view.state;
            if (current().mode !== 'proposal' || selection.empty || !event.charCode) return false;
            if ((event.ctrlKey && !event.altKey) || event.metaKey) return false;
            const text = String.fromCharCode(event.charCode);
            if (/[\r\n]/.test(text)) return false;
            view.dispatch(view.state.tr.insertText(text, selection.from, selection.to).scrollIntoView());
            return true;
          },
          handleKeyDown: (view, event) => {
            // An input method announces its key with keydown 229 before composing over a
            // selection; the browser would then write the reading in place of the selected words
            // without a deletion we could rewrite, leaving stale composed text. Strike them now.
            if (event.keyCode === 229 && !view.composing) prepareComposition(view, current(), 'keydown');
            return false;
          },
          handleDOMEvents: {
            // Runs before ProseMirror's own compositionstart handler, which then wraps the caret
            // in the stored marks, so the composed letters are written inside the proposal's mark.
            compositionstart: (view) => {
              if (!view.composing) prepareComposition(view, current(), 'compositionstart');
              return false;
            },
            // There is no undo: a Yjs undo after the chair's decision would delete accepted
            // text. Swallow the browser's native contenteditable undo too.
            beforeinput: (_view, event) => {
              if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
