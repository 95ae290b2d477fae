import type * as Y from 'yjs';
import type { TextRun } from '../draft-doc';

/**
 * Gives a paragraph's text back the exact runs it had (characters and every attribute, hashed
 * keys included) with as few changes as possible: characters still there keep their Yjs items
 * (so the record of who wrote them stays true) and only have their attributes changed; missing
 * characters are inserted; extra ones are deleted.
 */

type Attributes = Record<string, unknown>;

interface Char {
  ch: string;
  attrs: Attributes;
}

type Op = { kind: 'keep'; length: number } | { kind: 'format'; length: number; attrs: Attributes } | { kind: 'insert'; text: string; attrs: Attributes };

function chars(runs: TextRun[]): Char[] {
  const out: Char[] = [];
  for (const run of runs) {
    for (const ch of run.insert) out.push({ ch, attrs: run.attributes ?? {} });
  }
  return out;
}

/** JSON with sorted keys, so two attribute objects written in a different key order compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The attribute changes that turn `from` into `to` (null removes a mark); null when none. */
function attributeChanges(from: Attributes, to: Attributes): Attributes | null {
  const changes: Attributes = {};
  for (const key of Object.keys(from)) if (!(key in to)) changes[key] = null;
  for (const [key, value] of Object.entries(to)) {
    if (canonicalJson(from[key]) !== canonicalJson(value)) changes[key] = value;
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

function push(ops: Op[], op: Op): void {
  const last = ops[ops.length - 1];
  if (last && last.kind === 'keep' && op.kind === 'keep') {
    last.length += op.length;
  } else if (last && last.kind === 'format' && op.kind === 'format' && canonicalJson(last.attrs) === canonicalJson(op.attrs)) {
    last.length += op.length;
  } else if (last && last.kind === 'insert' && op.kind === 'insert' && canonicalJson(last.attrs) === canonicalJson(op.attrs)) {
    last.text += op.text;
  } else {
    ops.push(op);
  }
}

/**
 * Used when the characters' ids are not known: walking both, a character found in order is
 * kept, any other target character is inserted, and whatever is left over is deleted. The result
 * is exactly the target whatever the alignment; the alignment only decides which items are reused.
 */
function plan(current: Char[], target: Char[]): Op[] {
  const ops: Op[] = [];
  let j = 0;
  for (const want of target) {
    const have = current[j];
    if (have && have.ch === want.ch) {
      const changes = attributeChanges(have.attrs, want.attrs);
      push(ops, changes ? { kind: 'format', length: want.ch.length, attrs: changes } : { kind: 'keep', length: want.ch.length });
      j += 1;
    } else {
      push(ops, { kind: 'insert', text: want.ch, attrs: want.attrs });
    }
  }
  return ops;
}

/** Must run inside the caller's transaction. */
export function restoreText(text: Y.XmlText, target: TextRun[]): void {
  const current = chars((text.toDelta() as TextRun[]).filter((run) => typeof run.insert === 'string'));
  const end = applyOps(text, plan(current, chars(target)));
  // What is left after the target's last character is what the target does not have.
  if (text.length > end) text.delete(end, text.length - end);
}

/**
 * Writes a target that keeps every current character in order (`keep`), changing only its
 * marks, and inserts the others (merge-undo.ts). `current` are the marks of the current
 * characters, in order. Must run inside the caller's transaction.
 */
export function writeTarget(text: Y.XmlText, current: Attributes[], target: ReadonlyArray<{ ch: string; attrs: Attributes; keep: boolean }>): void {
  const ops: Op[] = [];
  let j = 0;
  for (const want of target) {
    if (!want.keep) {
      push(ops, { kind: 'insert', text: want.ch, attrs: want.attrs });
      continue;
    }
    const changes = attributeChanges(current[j] ?? {}, want.attrs);
    push(ops, changes ? { kind: 'format', length: want.ch.length, attrs: changes } : { kind: 'keep', length: want.ch.length });
    j += 1;
  }
  applyOps(text, ops);
}

/** Returns the index after the last character written. */
function applyOps(text: Y.XmlText, ops: Op[]): number {
  let index = 0;
  for (const op of ops) {
    if (op.kind === 'keep') {
      index += op.length;
    } else if (op.kind === 'format') {
      text.format(index, op.length, op.attrs);
      index += op.length;
    } else {
      // A copy: Yjs fills the object with nulls for the marks around the insertion point.
      text.insert(index, op.text, { ...op.attrs });
      index += op.text.length;
    }
  }
  return index;
}
