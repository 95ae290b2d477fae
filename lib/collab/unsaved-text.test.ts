import { describe, expect, it } from 'vitest';
import { unsavedText } from './unsaved-text';

describe('unsavedText', () => {
  it('returns the words typed in the middle of a sentence', () => {
    expect(unsavedText('States should urgently consider', 'States should consider')).toBe('urgently');
  });
  it('returns nothing when the texts are equal', () => {
    expect(unsavedText('same', 'same')).toBe('');
  });
  it('returns the typed text at the end', () => {
    expect(unsavedText('Recalling the Protocol and', 'Recalling the Protocol')).toBe('and');
  });
  it('handles repeated characters at the edge without losing any', () => {
    expect(unsavedText('aaaa', 'aa')).toBe('aa');
  });
});
