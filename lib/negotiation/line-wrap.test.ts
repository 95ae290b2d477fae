import { describe, expect, it } from 'vitest';
import { lineSpans, wrapPieces } from './line-wrap';
import type { StyledPiece } from './styled-text';

const texts = (lines: StyledPiece[][]) => lines.map((line) => line.map((piece) => piece.text).join(''));

describe('wrapPieces', () => {
  it('breaks at spaces, dropping the space at each wrap, and keeps short text on one line', () => {
    expect(texts(wrapPieces([{ text: 'Urges all States to act', style: 'text' }], 10))).toEqual(['Urges all', 'States to', 'act']);
    expect(texts(wrapPieces([{ text: 'Urges', style: 'text' }], 10))).toEqual(['Urges']);
    expect(texts(wrapPieces([], 10))).toEqual(['']);
  });

  it('cuts a word longer than a line and never breaks inside a word that spans pieces', () => {
    expect(texts(wrapPieces([{ text: 'abcdefghijkl', style: 'text' }], 5))).toEqual(['abcde', 'fghij', 'kl']);
    const pieces: StyledPiece[] = [
      { text: 'Urges the ', style: 'text' },
      { text: '[', style: 'markup' },
      { text: 'States', style: 'inserted', delegation: 'd-mexico', proposal: 'p1' },
      { text: '] (Mexico)', style: 'attribution' },
    ];
    const lines = wrapPieces(pieces, 12);
    expect(texts(lines)).toEqual(['Urges the', '[States]', '(Mexico)']);
    expect(lines[1]).toEqual([
      { text: '[', style: 'markup' },
      { text: 'States', style: 'inserted', delegation: 'd-mexico', proposal: 'p1' },
      { text: ']', style: 'attribution' },
    ]);
  });

  it('starts each paragraph option on its own line', () => {
    const pieces: StyledPiece[] = [
      { text: 'Option 1: keep', style: 'markup' },
      { text: '\n', style: 'break' },
      { text: 'Option 2: drop', style: 'markup' },
    ];
    expect(texts(wrapPieces(pieces, 40))).toEqual(['Option 1: keep', 'Option 2: drop']);
  });

  it('counts Chinese characters as two columns and breaks between them', () => {
    expect(texts(wrapPieces([{ text: '各国应当采取措施', style: 'text' }], 6))).toEqual(['各国应', '当采取', '措施']);
    expect(texts(wrapPieces([{ text: 'States 各国应当', style: 'text' }], 10))).toEqual(['States 各', '国应当']);
  });

  it('keeps an empty option as an empty line', () => {
    const pieces: StyledPiece[] = [
      { text: 'A', style: 'text' },
      { text: '\n', style: 'break' },
      { text: '\n', style: 'break' },
      { text: 'B', style: 'text' },
    ];
    expect(texts(wrapPieces(pieces, 10))).toEqual(['A', '', 'B']);
  });

  it('gives the same lines for the same text, whatever else is around it', () => {
    expect(lineSpans('a b c', 3)).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 5 },
    ]);
  });
});
