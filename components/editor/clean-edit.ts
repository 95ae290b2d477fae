import type { Mark } from '@tiptap/pm/model';
import { Mapping } from '@tiptap/pm/transform';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { suggestionMarkTypes } from './suggestion-marks';
import { copyTransactionMeta } from './transaction-utils';

/**
 * Clean mode (chair or secretariat editing the agreed text): ProseMirror gives text typed
 * inside a pending insertion that insertion's mark, which would attribute the chair's words to
 * a delegation. Strip insertion and deletion marks from every range the transaction inserted.
 * Returns null when nothing needed stripping.
 */
export function stripSuggestionMarksFromEdit(state: EditorState, tr: Transaction): Transaction | null {
  if (!tr.docChanged) return null;
  const { insertion, deletion } = suggestionMarkTypes(state.schema);
  const ranges = insertedRanges(tr).filter(({ from, to }) =>
    tr.doc.rangeHasMark(from, to, insertion) || tr.doc.rangeHasMark(from, to, deletion),
  );
  const storedMarks = tr.storedMarks;
  const isSuggestion = (mark: Mark) => mark.type === insertion || mark.type === deletion;
  const storedHasSuggestion = storedMarks?.some(isSuggestion) ?? false;
  if (ranges.length === 0 && !storedHasSuggestion) return null;

  const out = state.tr;
  for (const step of tr.steps) out.step(step);
  for (const { from, to } of ranges) {
    out.removeMark(from, to, insertion);
    out.removeMark(from, to, deletion);
  }
  out.setSelection(tr.selection.map(out.doc, new Mapping()));
  if (storedMarks) out.setStoredMarks(storedMarks.filter((mark) => !isSuggestion(mark)));
  copyTransactionMeta(tr, out);
  return out;
}

/** Ranges of `tr.doc` holding content that the transaction's steps inserted. */
export function insertedRanges(tr: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  tr.mapping.maps.forEach((map, index) => {
    const later = tr.mapping.slice(index + 1);
    map.forEach((_fromA, _toA, fromB, toB) => {
      if (toB <= fromB) return;
      const from = later.map(fromB, -1);
      const to = later.map(toB, 1);
      if (to > from) ranges.push({ from, to });
    });
  });
  return ranges;
}
