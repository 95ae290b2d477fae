import type { Char } from './char-ids';
import { canonicalJson } from './restore-text';

/**
 * Undoing a decision in a paragraph where people have typed since: the decision's own changes
 * (characters it removed, marks it changed) are reversed, and everything typed since is kept,
 * unless the two touch, in which case there is no telling what the room would want and the undo
 * is refused. Characters are matched by their Yjs ids (char-ids.ts), never by their letters.
 */

type Attributes = Record<string, unknown>;

/** A character of the text after the undo; `keep` when it is one already there (only its marks may change). */
export interface TargetChar {
  ch: string;
  attrs: Attributes;
  keep: boolean;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/**
 * Each mark the decision changed goes back; each mark changed since stays; a mark both changed
 * is a conflict (null).
 */
function mergeMarks(before: Attributes, after: Attributes, current: Attributes): Attributes | null {
  const merged: Attributes = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(current)])) {
    const [b, a, c] = [before[key], after[key], current[key]];
    let value: unknown;
    if (same(a, c)) value = b;
    else if (same(a, b) || same(b, c)) value = c;
    else return null;
    if (value !== undefined && value !== null) merged[key] = value;
  }
  return merged;
}

interface Block {
  /** The character the removed words followed (null: the start of the text). */
  prev: string | null;
  /** The character that followed them (null: the end of the text). */
  next: string | null;
  chars: Char[];
}

/** Runs of characters the decision removed, with the characters around them. */
function removedBlocks(before: Char[], afterIds: Set<string>): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let prev: string | null = null;
  for (const char of before) {
    if (afterIds.has(char.id)) {
      if (open) open.next = char.id;
      open = null;
      prev = char.id;
    } else {
      if (!open) blocks.push((open = { prev, next: null, chars: [] }));
      open.chars.push(char);
    }
  }
  return blocks;
}

/** Where a block goes back: after the current character at this index (-1: first); null if its neighbours moved apart. */
function placeOf(block: Block, index: Map<string, number>, length: number): number | null {
  const prev = block.prev === null ? -1 : index.get(block.prev);
  const next = block.next === null ? length : index.get(block.next);
  // Both neighbours are still there and nothing was typed between them.
  if (prev === undefined || next === undefined || next !== prev + 1) return null;
  return prev;
}

export function mergeUndo(before: Char[], after: Char[], current: Char[]): TargetChar[] | null {
  const beforeById = new Map(before.map((char) => [char.id, char]));
  const afterById = new Map(after.map((char) => [char.id, char]));
  const index = new Map(current.map((char, at) => [char.id, at]));
  // A character whose marks the decision changed may not have been deleted since.
  for (const char of after) {
    const was = beforeById.get(char.id);
    if (!index.has(char.id) && was && !same(was.attrs, char.attrs)) return null;
  }
  const inserts = new Map<number, Char[]>();
  for (const block of removedBlocks(before, new Set(afterById.keys()))) {
    const at = placeOf(block, index, current.length);
    if (at === null) return null;
    inserts.set(at, [...(inserts.get(at) ?? []), ...block.chars]);
  }
  const target: TargetChar[] = [];
  const putBack = (at: number) => (inserts.get(at) ?? []).forEach((char) => target.push({ ch: char.ch, attrs: char.attrs, keep: false }));
  putBack(-1);
  for (const [at, char] of current.entries()) {
    const was = beforeById.get(char.id);
    const decided = afterById.get(char.id);
    const attrs = was && decided ? mergeMarks(was.attrs, decided.attrs, char.attrs) : char.attrs;
    if (attrs === null) return null;
    target.push({ ch: char.ch, attrs, keep: true });
    putBack(at);
  }
  return target;
}
