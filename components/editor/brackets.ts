import type { Editor } from '@tiptap/core';
import { MARKS } from '@/lib/negotiation/schema';

/**
 * Toolbar actions of the chair and secretariat. Brackets are clean-mode edits: in proposal mode
 * they would be dropped (proposal mode only lets text in and out), so refuse them up front.
 */

function inCleanMode(editor: Editor): boolean {
  return editor.isEditable && editor.storage.proposalMode.mode === 'clean';
}

/** Puts the selected text in square brackets, recording who did (`by` = user id). */
export function bracketSelection(editor: Editor, by: string): boolean {
  if (!inCleanMode(editor) || editor.state.selection.empty) return false;
  return editor.chain().focus().setMark(MARKS.bracket, { by }).run();
}

/** Lifts the brackets from the selection, or from the whole bracketed passage around the caret. */
export function unbracketSelection(editor: Editor): boolean {
  if (!inCleanMode(editor)) return false;
  return editor.chain().focus().unsetMark(MARKS.bracket, { extendEmptyMarkRange: true }).run();
}

/** Whether the caret or selection is inside brackets (to show the toolbar button as pressed). */
export function isBracketed(editor: Editor): boolean {
  return editor.isActive(MARKS.bracket);
}
