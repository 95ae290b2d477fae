import type { StyledPiece } from './styled-text';

/**
 * Cuts a paragraph's styled pieces into numbered lines of at most `width` characters, breaking
 * at spaces (a word longer than a line is cut). Lines are counted per paragraph and depend on
 * the text alone, never on a screen's size or font, so "OP 3, line 2" names the same words on
 * the projector, on every delegate's screen and in the PDF. Chinese, Japanese and Korean
 * characters count as two columns. Each paragraph option ("break" piece) starts a
 * new line. Joining a line's pieces gives its text; the spaces at a wrap are dropped.
 */
export const SCREEN_LINE_WIDTH = 64;

interface Span {
  start: number;
  end: number;
}

export function wrapPieces(pieces: readonly StyledPiece[], width: number = SCREEN_LINE_WIDTH): StyledPiece[][] {
  const text = pieces.map((piece) => piece.text).join('');
  const owner: number[] = [];
  pieces.forEach((piece, index) => {
    for (let offset = 0; offset < piece.text.length; offset += 1) owner.push(index);
  });
  return lineSpans(text, Math.max(1, width)).map((span) => slicePieces(pieces, owner, text, span));
}

/** Greedy wrapping of `text` (with "\n" as hard breaks) into spans of at most `width` characters. */
export function lineSpans(text: string, width: number): Span[] {
  const spans: Span[] = [];
  let segmentStart = 0;
  for (const segment of text.split('\n')) {
    wrapSegment(text, segmentStart, segmentStart + segment.length, width, spans);
    segmentStart += segment.length + 1;
  }
  return spans;
}

/** Chinese, Japanese and Korean characters take two columns, and a line may break after any of them. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const LOW_SURROGATE = /[\udc00-\udfff]/;

function wrapSegment(text: string, start: number, end: number, width: number, spans: Span[]): void {
  if (start === end) spans.push({ start, end });
  let lineStart = start;
  while (lineStart < end) {
    const lineEnd = nextLine(text, lineStart, end, width);
    spans.push({ start: lineStart, end: trimEnd(text, lineStart, lineEnd.end) });
    lineStart = lineEnd.resume;
  }
}

/** Where the line starting at `lineStart` ends, and where the next one starts. */
function nextLine(text: string, lineStart: number, end: number, width: number): { end: number; resume: number } {
  let columns = 0;
  let breakAt = -1;
  let resume = -1;
  for (let index = lineStart; index < end; index += 1) {
    const char = text.charAt(index);
    if (/\s/.test(char)) {
      if (index > lineStart) [breakAt, resume] = [index, index + 1];
      columns += 1;
      continue;
    }
    const wide = WIDE.test(char);
    const columnsOfChar = wide ? 2 : 1;
    if (columns + columnsOfChar > width && index > lineStart) {
      if (breakAt > lineStart) return { end: breakAt, resume: skipSpaces(text, resume, end) };
      const cut = LOW_SURROGATE.test(char) && index - 1 > lineStart ? index - 1 : index;
      return { end: cut, resume: cut };
    }
    columns += columnsOfChar;
    if (wide) [breakAt, resume] = [index + 1, index + 1];
  }
  return { end, resume: end };
}

function skipSpaces(text: string, from: number, end: number): number {
  let position = from;
  while (position < end && /\s/.test(text.charAt(position))) position += 1;
  return position;
}

function trimEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text.charAt(last - 1))) last -= 1;
  return last;
}

function slicePieces(pieces: readonly StyledPiece[], owner: readonly number[], text: string, span: Span): StyledPiece[] {
  const line: StyledPiece[] = [];
  let index = span.start;
  while (index < span.end) {
    const pieceIndex = owner[index] ?? 0;
    let next = index;
    while (next < span.end && owner[next] === pieceIndex) next += 1;
    const piece = pieces[pieceIndex];
    if (piece && piece.style !== 'break') line.push({ ...piece, text: text.slice(index, next) });
    index = next;
  }
  return line;
}
