import * as Y from 'yjs';
import { canonicalMarks, sameAttributes, type Attributes } from './attribute-maps';
import { judgeBracketChanges, judgeInserted, judgeRemarked, judgeRemoved, type CharacterRules } from './character-rules';
import type { ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * A second opinion, used only when the item-by-item walk refuses a change. y-prosemirror turns
 * an edit into a plain string diff: typing "c" just before "civil" inserts the new "c" *after*
 * the old one and then moves the marks, so an existing character seems to gain the insertion
 * mark while the new one is plain. The visible result is exactly what the user typed. This
 * judges that result instead: the paragraph's characters with their marks before and after,
 * aligned (common prefix and suffix, then the longest common subsequence of the characters in
 * between), and every difference checked by the same rules as the walk. A change passes only if
 * some legitimate edit produces the very same text and marks.
 *
 * Authorship is read from the items (who created each one), so the visible text is not the
 * whole story: a character the sender could not remove may only give way to an equal character
 * that was already there (marks moving between equal neighbours), never to one the sender just
 * created. Otherwise deleting another delegation's words and retyping them identically, even
 * under its mark, would make them the sender's.
 */

interface Char {
  ch: string;
  attrs: Attributes;
  /** Its item was created by this transaction. */
  added: boolean;
  /** Its item existed before and this transaction removed it. */
  removed: boolean;
}

/** Alignment of the differing middle is quadratic; beyond this it is not attempted. */
const MAX_ALIGNMENT_CELLS = 250_000;

export function judgeVisibleText(text: Y.XmlText, transaction: Y.Transaction, rules: CharacterRules): ServerSentence | null | 'unsupported' {
  const sequences = visibleSequences(text, transaction);
  if (sequences === null) return 'unsupported';
  const { before, after, openAtEnd } = sequences;
  const atEnd = judgeBracketChanges(rules, openAtEnd.before, openAtEnd.after);
  if (atEnd !== null) return atEnd;
  let start = 0;
  while (start < before.length && start < after.length && sameChar(before[start]!, after[start]!)) {
    const reason = judgeTakeover(rules, before[start]!, after[start]!);
    if (reason !== null) return reason;
    start++;
  }
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && sameChar(before[endBefore - 1]!, after[endAfter - 1]!)) {
    const reason = judgeTakeover(rules, before[endBefore - 1]!, after[endAfter - 1]!);
    if (reason !== null) return reason;
    endBefore--;
    endAfter--;
  }
  const oldMiddle = before.slice(start, endBefore);
  const newMiddle = after.slice(start, endAfter);
  if (oldMiddle.length * newMiddle.length > MAX_ALIGNMENT_CELLS) return 'unsupported';
  const context = before[start - 1]?.attrs ?? new Map<string, unknown>();
  return judgeAlignment(rules, oldMiddle, newMiddle, context);
}

function sameChar(a: Char, b: Char): boolean {
  return a.ch === b.ch && sameAttributes(a.attrs, b.attrs);
}

/** `oldChar` shows as `newChar` after the change: if its item is gone, a new item may not stand in for it. */
function judgeTakeover(rules: CharacterRules, oldChar: Char, newChar: Char): ServerSentence | null {
  if (!oldChar.removed || !newChar.added) return null;
  return judgeRemoved(rules, oldChar.attrs);
}

interface VisibleSequences {
  before: Char[];
  after: Char[];
  /** The marks open after the last character, before and after. */
  openAtEnd: { before: Attributes; after: Attributes };
}

/** The characters visible before and after the transaction, each with the marks in force. */
function visibleSequences(text: Y.XmlText, transaction: Y.Transaction): VisibleSequences | null {
  const beforeAttrs: Attributes = new Map();
  const afterAttrs: Attributes = new Map();
  const before: Char[] = [];
  const after: Char[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    const added = item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
    const existsAfter = !item.deleted;
    const existedBefore = !added && (existsAfter || Y.isDeleted(transaction.deleteSet, item.id));
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (existedBefore) setFormat(beforeAttrs, content.key, content.value);
      if (existsAfter) setFormat(afterAttrs, content.key, content.value);
      continue;
    }
    if (!(content instanceof Y.ContentString)) {
      if (added && existsAfter) return null;
      continue;
    }
    const removed = existedBefore && !existsAfter;
    if (existedBefore) for (const ch of content.str) before.push({ ch, attrs: canonicalMarks(beforeAttrs), added, removed });
    if (existsAfter) for (const ch of content.str) after.push({ ch, attrs: canonicalMarks(afterAttrs), added, removed });
  }
  return { before, after, openAtEnd: { before: canonicalMarks(beforeAttrs), after: canonicalMarks(afterAttrs) } };
}

function setFormat(attributes: Attributes, key: string, value: unknown): void {
  if (value === null || value === undefined) attributes.delete(key);
  else attributes.set(key, value);
}

/** Longest common subsequence of characters; matched pairs may differ only in marks. */
function judgeAlignment(rules: CharacterRules, oldChars: Char[], newChars: Char[], context: Attributes): ServerSentence | null {
  const rows = oldChars.length;
  const cols = newChars.length;
  const table = Array.from({ length: rows + 1 }, () => new Uint32Array(cols + 1));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      table[i]![j] = oldChars[i]!.ch === newChars[j]!.ch ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  let here = context;
  while (i < rows || j < cols) {
    const oldChar = oldChars[i];
    const newChar = newChars[j];
    let reason: ServerSentence | null;
    if (oldChar && newChar && oldChar.ch === newChar.ch && table[i]![j] === table[i + 1]![j + 1]! + 1) {
      reason = judgeTakeover(rules, oldChar, newChar);
      if (reason === null && !sameAttributes(oldChar.attrs, newChar.attrs)) reason = judgeRemarked(rules, oldChar.attrs, newChar.attrs);
      here = oldChar.attrs;
      i++;
      j++;
    } else if (newChar && (!oldChar || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      reason = judgeInserted(rules, newChar.attrs, here);
      j++;
    } else {
      reason = judgeRemoved(rules, oldChar!.attrs);
      here = oldChar!.attrs;
      i++;
    }
    if (reason !== null) return reason;
  }
  return null;
}
