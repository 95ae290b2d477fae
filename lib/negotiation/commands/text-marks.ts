import type * as Y from 'yjs';
import { readRunMarks } from '../marks';

/**
 * Settling one proposal inside a paragraph's Y.XmlText: accepting keeps inserted words (the
 * mark goes) and drops deleted ones; rejecting does the opposite. Marks are found by proposal
 * id under any key, including y-tiptap's hashed `insertion--AbC12345` keys for overlaps.
 * Offsets come from the delta (an embed counts 1), never from XmlText.toString().
 */

export type ProposalOutcome = 'accept' | 'reject';

export interface SettledText {
  /** Text that was marked as inserted by the proposal. */
  inserted: string;
  /** Text that was marked as deleted by the proposal. */
  deleted: string;
  found: boolean;
}

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

interface Range {
  index: number;
  length: number;
}

interface Unmark extends Range {
  keys: string[];
}

export function settleProposalInText(text: Y.XmlText, proposalId: string, outcome: ProposalOutcome): SettledText {
  const result: SettledText = { inserted: '', deleted: '', found: false };
  const unmarks: Unmark[] = [];
  const removals: Range[] = [];
  let index = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const isString = typeof op.insert === 'string';
    const length = isString ? (op.insert as string).length : 1;
    if (isString) {
      const marks = readRunMarks(op.attributes);
      const insertionKeys = marks.insertions.filter((m) => m.proposal === proposalId).map((m) => m.key);
      const deletionKeys = marks.deletions.filter((m) => m.proposal === proposalId).map((m) => m.key);
      if (insertionKeys.length > 0) result.inserted += op.insert as string;
      if (deletionKeys.length > 0) result.deleted += op.insert as string;
      const removeKeys = outcome === 'accept' ? deletionKeys : insertionKeys;
      const unmarkKeys = outcome === 'accept' ? insertionKeys : deletionKeys;
      if (removeKeys.length > 0) removals.push({ index, length });
      else if (unmarkKeys.length > 0) unmarks.push({ index, length, keys: unmarkKeys });
    }
    index += length;
  }
  result.found = result.inserted.length > 0 || result.deleted.length > 0;
  // Formatting keeps lengths, so it goes first; deletions run right to left to keep offsets valid.
  for (const unmark of unmarks) {
    const cleared = Object.fromEntries(unmark.keys.map((key) => [key, null]));
    text.format(unmark.index, unmark.length, cleared);
  }
  for (const removal of removals.reverse()) text.delete(removal.index, removal.length);
  return result;
}

/** True when the text carries any mark of this proposal. */
export function textHasProposal(text: Y.XmlText, proposalId: string): boolean {
  return (text.toDelta() as DeltaOp[]).some((op) => {
    const marks = readRunMarks(op.attributes);
    return [...marks.insertions, ...marks.deletions].some((mark) => mark.proposal === proposalId);
  });
}
