import type { StyledPiece } from './styled-text';

/**
 * Cuts a paragraph's styled pieces into numbered lines of at most `width` characters, breaking
 * at spaces (a word longer than a line is cut). Lines are counted per paragraph and depend on
 * the text alone, never on a screen's size or font, so "OP 3, line 2" names the same words on
 * the projector and on every delegate's screen. Each paragraph option ("break" piece) starts a
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

function wrapSegment(text: string, start: number, end: number, width: number, spans: Span[]): void {
  let position = start;
  while (end - position > width) {
    let cut = -1;
    for (let index = position + width; index > position; index -= 1) {
      if (/\s/.test(text.charAt(index))) {
        cut = index;
        break;
      }
    }
    if (cut === -1) {
      spans.push({ start: position, end: position + width });
      position += width;
      continue;
    }
    spans.push({ start: position, end: trimEnd(text, position, cut) });
    position = cut;
    while (position < end && /\s/.test(text.charAt(position))) position += 1;
  }
  spans.push({ start: position, end });
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
