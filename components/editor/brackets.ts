import type { Editor } from '@tiptap/core';
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
  if (!inCleanMode(editor) || editor.state.selection.empty) return false;
  const type = editor.schema.marks[MARKS.bracket];
  if (!type) return false;
  const { from, to } = editor.state.selection;
  // Not Tiptap's setMark: it would merge the new attributes into a bracket already there.
  const tr = editor.state.tr.addMark(from, to, type.create({ id: newId(), by }));
  editor.view.dispatch(tr);
  editor.view.focus();
  return true;
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
