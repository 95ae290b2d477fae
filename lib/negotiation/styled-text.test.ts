import { describe, expect, it } from 'vitest';
import type { TextRun } from '@/lib/negotiation/draft-doc';
import { renderParagraphText } from '@/lib/negotiation/render';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { CANADA, EU, MEXICO, bracket, del, ins, names, plain } from '@/test-support/negotiation/build-runs';
import { styleParagraphText, type StyledPiece } from './styled-text';

const joined = (pieces: StyledPiece[]) => pieces.map((piece) => piece.text).join('');

const CASES: Record<string, TextRun[]> = {
  insertion: [plain('States parties '), ins('should ', 'p1', MEXICO), plain('consider')],
  deletion: [plain('States '), del('shall ', 'p1', MEXICO), plain('consider')],
  replacement: [plain('States '), del('shall', 'p1', MEXICO), ins('should', 'p1', MEXICO), plain(' consider')],
  alternatives: [plain('States '), ins('should', 'p1', MEXICO), ins('may', 'p2', CANADA), plain(' consider')],
  'alternatives replacing a deletion': [
    plain('States '),
    del(' shall ', 'p1', MEXICO),
    ins('should', 'p1', MEXICO),
    ins('may ', 'p2', CANADA),
    plain('consider'),
  ],
  'deletion then another delegation insertion': [del('shall', 'p1', MEXICO), ins(' may', 'p2', CANADA)],
  'chair and brackets': [bracket(' Recalling '), plain('the Protocol'), ins(', as amended', 'c1', CHAIR_DELEGATION)],
  'whitespace-only insertion': [plain('a'), ins(' ', 'p1', EU), plain('b')],
  'new paragraph': [ins('Invites donors to contribute.', 'p9', MEXICO)],
  empty: [],
};

describe('styleParagraphText', () => {
  for (const [name, runs] of Object.entries(CASES)) {
    it(`joins to exactly the screen rendering: ${name}`, () => {
      expect(joined(styleParagraphText(runs, { names }))).toBe(renderParagraphText(runs, { names }));
      expect(joined(styleParagraphText(runs, { names, attribution: false }))).toBe(
        renderParagraphText(runs, { names, attribution: false }),
      );
    });
  }

  it('styles proposed words, words proposed for deletion and attributions apart from the brackets', () => {
    const pieces = styleParagraphText(CASES.replacement ?? [], { names });
    expect(pieces.map(({ text, style }) => ({ text, style }))).toEqual([
      { text: 'States ', style: 'text' },
      { text: '[replace: ', style: 'markup' },
      { text: 'shall', style: 'deleted' },
      { text: ' | with: ', style: 'markup' },
      { text: 'should', style: 'inserted' },
      { text: ']', style: 'markup' },
      { text: ' (Mexico)', style: 'attribution' },
      { text: ' consider', style: 'text' },
    ]);
  });

  it('names the proposal and delegation of every proposed, struck and attribution piece', () => {
    const pieces = styleParagraphText(CASES['alternatives replacing a deletion'] ?? [], { names });
    const owned = pieces.filter((piece) => piece.style !== 'text' && piece.style !== 'markup');
    expect(owned.map((piece) => [piece.style, piece.proposal, piece.delegation])).toEqual([
      ['deleted', 'p1', MEXICO],
      ['inserted', 'p1', MEXICO],
      ['attribution', 'p1', MEXICO],
      ['inserted', 'p2', CANADA],
      ['attribution', 'p2', CANADA],
    ]);
  });

  it('drops every attribution piece without attribution', () => {
    const pieces = styleParagraphText(CASES['alternatives replacing a deletion'] ?? [], { names, attribution: false });
    expect(pieces.some((piece) => piece.style === 'attribution')).toBe(false);
  });
});
