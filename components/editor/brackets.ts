import type { Editor } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { MARKS } from '@/lib/negotiation/schema';
import { bracketAround } from './bracket-edges';
import { newProposalId } from './proposal-id';

/**
 * Toolbar actions of the chair and secretariat. Brackets are clean-mode edits: in proposal mode
 * they would be dropped (proposal mode only lets text in and out), so refuse them up front.
 */

function inCleanMode(editor: Editor): boolean {
  return editor.isEditable && editor.storage.proposalMode.mode === 'clean';
}

/**
 * Puts the selected text in a new pair of square brackets with its own identity, recording who
 * placed them (`by` = user id). Text already in brackets gains a further, nested bracket.
 */
export function bracketSelection(editor: Editor, by: string, newId: () => string = newProposalId): boolean {
  if (!inCleanMode(editor)) return false;
  const tr = bracketSelectionTransaction(editor.state, by, newId);
  if (!tr) return false;
  editor.view.dispatch(tr);
  editor.view.focus();
  return true;
}

/** The transaction behind bracketSelection; null for an empty selection. */
export function bracketSelectionTransaction(state: EditorState, by: string, newId: () => string = newProposalId): Transaction | null {
  const type = state.schema.marks[MARKS.bracket];
  if (!type || state.selection.empty) return null;
  const { from, to } = state.selection;
  // Not Tiptap's setMark: it would merge the new attributes into a bracket already there.
  return state.tr.addMark(from, to, type.create({ id: newId(), by }));
}

/**
 * The innermost bracket around the caret (or the selection's start), to be lifted by the server
 * (the `liftBracket` command), which removes that bracket wherever it runs and nothing else.
 */
export function bracketToLift(editor: Editor): string | null {
  if (!inCleanMode(editor)) return null;
  const type = editor.schema.marks[MARKS.bracket];
  if (!type) return null;
  return bracketAround(editor.state.doc, type, editor.state.selection.from)?.id ?? null;
}

/** Whether the caret or selection is inside brackets (to show the toolbar button as pressed). */
export function isBracketed(editor: Editor): boolean {
  return editor.isActive(MARKS.bracket);
}
