import { describe, expect, it } from 'vitest';
import { CANADA, EU, MEXICO, del, inBrackets, ins, plain, withMarks } from '@/test-support/negotiation/build-runs';
import { settledParagraphText } from './clean-text';

const canadaAlso = { 'deletion--can': { proposal: 'can', delegation: CANADA, author: 'u-can', at: 'x' } };

describe('settledParagraphText', () => {
  it('is the plain text with every pending proposal rejected when no bracket remains', () => {
    const runs = [plain('States parties '), withMarks(del('should', 'mex', MEXICO), canadaAlso), ins('shall', 'mex', MEXICO), ins('may', 'can', CANADA), plain(' provide training.')];
    expect(settledParagraphText(runs)).toBe('States parties should provide training.');
  });

  it('keeps adjacent and slash alternatives and nested brackets apart instead of fusing them, without attributions', () => {
    const runs = [
      inBrackets('Recognizing', { id: 'a', spot: 'v', form: 'adjacent', delegation: EU }),
      inBrackets('Acknowledging', { id: 'b', spot: 'v', form: 'adjacent', note: 'Canada, supported by Mexico; Japan: delete' }),
      plain(' the role of '),
      inBrackets('joint investigation teams', { id: 'c', spot: 'm', form: 'slash' }),
      inBrackets('parallel investigations', { id: 'd', spot: 'm', form: 'slash' }),
      plain(' in '),
      inBrackets('providing ', { id: 'o' }),
      inBrackets('front-line', { id: 'o' }, { id: 'i' }),
      inBrackets(' training', { id: 'o' }),
      ins(' urgently', 'p', MEXICO),
      plain('.'),
    ];
    expect(settledParagraphText(runs)).toBe('[Recognizing][Acknowledging] the role of [joint investigation teams / parallel investigations] in [providing [front-line] training].');
  });

  it('writes each option on its own line, "No text" included', () => {
    const runs = [
      plain('The Working Group recommends that:'),
      inBrackets('States parties should designate national focal points.', { id: 'o1', spot: 's', form: 'option', option: 'Option 1', delegation: MEXICO }),
      inBrackets('No text.', { id: 'o2', spot: 's', form: 'option', option: 'Option 2', noText: true, note: 'Japan, supported by Canada' }),
    ];
    expect(settledParagraphText(runs)).toBe('The Working Group recommends that:\nOption 1: States parties should designate national focal points.\nOption 2: No text.');
  });
});
