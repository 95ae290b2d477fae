import type * as Y from 'yjs';
import type { TextRun } from '../draft-doc';

/**
 * Which Yjs item each character of a paragraph's text is. A decision removes characters and
 * changes marks but never moves one, so a character keeps its id from before the decision to
 * after it and through whatever is typed later: the id says which characters are the same ones.
 */

/** `[client, clock, length]`: `length` characters with consecutive clocks. */
export type IdRun = [number, number, number];

export interface Char {
  /** One code point (a surrogate pair is one character, with the id of its first half). */
  ch: string;
  attrs: Record<string, unknown>;
  id: string;
}

/** One id per UTF-16 unit of the visible text, in order, as runs. */
export function readIdRuns(text: Y.XmlText): IdRun[] {
  const runs: IdRun[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    const str = (item.content as { str?: unknown }).str;
    if (item.deleted || typeof str !== 'string') continue;
    const last = runs[runs.length - 1];
    if (last && last[0] === item.id.client && last[1] + last[2] === item.id.clock) last[2] += item.length;
    else runs.push([item.id.client, item.id.clock, item.length]);
  }
  return runs;
}

function expand(runs: IdRun[]): string[] {
  const ids: string[] = [];
  for (const [client, clock, length] of runs) for (let i = 0; i < length; i += 1) ids.push(`${client}:${clock + i}`);
  return ids;
}

/** The characters of `runs` with their ids; null when the two do not line up (then nothing is known). */
export function charsWithIds(runs: TextRun[], idRuns: IdRun[]): Char[] | null {
  const ids = expand(idRuns);
  const chars: Char[] = [];
  let unit = 0;
  for (const run of runs) {
    for (const ch of run.insert) {
      const id = ids[unit];
      if (id === undefined) return null;
      chars.push({ ch, attrs: run.attributes ?? {}, id });
      unit += ch.length;
    }
  }
  return unit === ids.length ? chars : null;
}
