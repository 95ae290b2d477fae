import type { ImportedRun, ImportWarning } from './types';

/**
 * Turns a paragraph's source text into plain and bracketed runs. The square brackets are
 * dropped: on screen and in every export they are drawn from the bracket mark. Nested brackets
 * are flattened into the outermost span (the document has one bracket mark, not a depth) and
 * reported; a bracket that does not close inside its paragraph is an error naming its line.
 */

export interface TextPiece {
  text: string;
  line: number;
}

export type BracketResult =
  | { runs: ImportedRun[]; brackets: number; warnings: ImportWarning[] }
  | { error: { line: number; problem: 'unclosed' | 'unopened' } };

interface Char {
  char: string;
  bracketed: boolean;
}

export function bracketRuns(pieces: readonly TextPiece[]): BracketResult {
  const chars: Char[] = [];
  const warnings: ImportWarning[] = [];
  let depth = 0;
  let openedOn = 0;
  let spanStart = 0;
  let brackets = 0;
  for (const [index, piece] of pieces.entries()) {
    if (index > 0) chars.push({ char: ' ', bracketed: depth > 0 });
    for (const char of piece.text) {
      if (char === '[') {
        if (depth === 0) {
          openedOn = piece.line;
          spanStart = chars.length;
        } else if (depth === 1) {
          warnings.push({ line: piece.line, message: 'nested square brackets were merged into the enclosing bracketed text' });
        }
        depth += 1;
      } else if (char === ']') {
        if (depth === 0) return { error: { line: piece.line, problem: 'unopened' } };
        depth -= 1;
        if (depth === 0) {
          if (chars.slice(spanStart).every((c) => c.char.trim() === '')) {
            warnings.push({ line: piece.line, message: 'empty square brackets "[]" were ignored' });
          } else {
            brackets += 1;
          }
        }
      } else {
        chars.push({ char, bracketed: depth > 0 });
      }
    }
  }
  if (depth > 0) return { error: { line: openedOn, problem: 'unclosed' } };
  return { runs: toRuns(collapseSpaces(chars)), brackets, warnings };
}

/** One space between words, none at the ends; a space at a bracket's edge stays on its side. */
function collapseSpaces(chars: readonly Char[]): Char[] {
  const out: Char[] = [];
  for (const c of chars) {
    const isSpace = /\s/.test(c.char);
    const previous = out[out.length - 1];
    if (isSpace && (!previous || /\s/.test(previous.char))) continue;
    out.push(isSpace ? { char: ' ', bracketed: c.bracketed } : c);
  }
  while (out.length > 0 && out[out.length - 1]?.char === ' ') out.pop();
  return out;
}

function toRuns(chars: readonly Char[]): ImportedRun[] {
  const runs: ImportedRun[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last && last.bracketed === c.bracketed) last.text += c.char;
    else runs.push({ text: c.char, bracketed: c.bracketed });
  }
  return runs;
}
