import { describe, expect, it } from 'vitest';
import { alternativeLabelPositions } from './proposal-sets';
import { attrs, paragraphDoc } from '@/test-support/editor/editor-test-helpers';

describe('alternative labels in the editor', () => {
  it('number the alternatives of one spot before their words, as the proposal list does', () => {
    const mex = attrs('mex', 'd-mexico', 'u-mexico');
    const can = attrs('can', 'd-canada', 'u-canada');
    const doc = paragraphDoc([
      { text: 'a ' },
      { text: 'flexible', deletions: [mex, can] },
      { text: 'pragmatic', insertion: mex },
      { text: 'case-by-case', insertion: can },
      { text: ' approach' },
    ]);
    expect(alternativeLabelPositions(doc)).toEqual([
      { pos: 11, label: 'alt 1: ' },
      { pos: 20, label: 'alt 2: ' },
    ]);
  });

  it('label nothing when proposals stand apart', () => {
    const doc = paragraphDoc([{ text: 'a', insertion: attrs('mex', 'd-mexico', 'u') }, { text: ' b ' }, { text: 'c', deletion: attrs('can', 'd-canada', 'u') }]);
    expect(alternativeLabelPositions(doc)).toEqual([]);
  });
});
