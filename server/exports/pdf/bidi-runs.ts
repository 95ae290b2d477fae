import bidiFactory from 'bidi-js';
import { scriptOf, type Script } from './pdf-fonts';

/**
 * One line of mixed Arabic and Latin text cut into runs in VISUAL order (left to right), by the
 * Unicode bidirectional algorithm (bidi-js): pdfkit has none. Each run has one font (script) and
 * one style. fontkit reverses an Arabic run itself while shaping it, so an Arabic run keeps its
 * characters in logical order; every other run is given already reversed where it is
 * right-to-left, with brackets mirrored ("(" drawn as ")" inside Arabic text).
 */

const bidi = bidiFactory();

export interface VisualRun<T> {
  text: string;
  script: Script;
  /** True for an Arabic run that fontkit must shape and reverse. */
  shaped: boolean;
  piece: T;
}

export function visualRuns<T extends { text: string }>(pieces: readonly T[], direction: 'rtl' | 'ltr'): VisualRun<T>[] {
  const text = pieces.map((piece) => piece.text).join('');
  if (text.length === 0) return [];
  const owner: number[] = [];
  pieces.forEach((piece, index) => {
    for (let i = 0; i < piece.text.length; i += 1) owner.push(index);
  });
  const embedding = bidi.getEmbeddingLevels(text, direction);
  // This one takes the levels array itself, unlike the other functions.
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels);
  const order = bidi.getReorderedIndices(text, embedding);
  const runs: Array<{ chars: string[]; script: Script | 'neutral'; rtl: boolean; pieceIndex: number }> = [];
  for (const index of order) {
    const char = mirrored.get(index) ?? text[index] ?? '';
    const rtl = ((embedding.levels[index] ?? 0) & 1) === 1;
    const script = scriptOf(char.codePointAt(0) ?? 0);
    const pieceIndex = owner[index] ?? 0;
    const last = runs[runs.length - 1];
    const joins = last && last.rtl === rtl && last.pieceIndex === pieceIndex && (script === 'neutral' || last.script === 'neutral' || last.script === script);
    if (last && joins) {
      last.chars.push(char);
      if (last.script === 'neutral') last.script = script;
    } else {
      runs.push({ chars: [char], script, rtl, pieceIndex });
    }
  }
  return runs.map((run) => {
    const script: Script = run.script === 'neutral' ? (direction === 'rtl' ? 'arabic' : 'latin') : run.script;
    const shaped = run.rtl && script === 'arabic';
    // Visual order is what pdfkit draws, except that fontkit reverses a shaped Arabic run again.
    const chars = shaped ? [...run.chars].reverse() : run.chars;
    return { text: chars.join(''), script, shaped, piece: pieces[run.pieceIndex] as T };
  });
}
