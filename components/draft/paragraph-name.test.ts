import { describe, expect, it } from 'vitest';
import { spokenParagraphName } from './paragraph-name';

describe('spokenParagraphName', () => {
  it('prefixes numbered labels with the kind and leaves the others', () => {
    expect(spokenParagraphName({ kind: 'OP', label: '6' })).toBe('OP 6');
    expect(spokenParagraphName({ kind: 'OP', label: '3 bis' })).toBe('OP 3 bis');
    expect(spokenParagraphName({ kind: 'PP', label: 'PP2' })).toBe('PP2');
    expect(spokenParagraphName({ kind: 'PP', label: '2' })).toBe('PP 2');
    expect(spokenParagraphName({ kind: 'OP', label: 'new OP' })).toBe('new OP');
    expect(spokenParagraphName({ kind: 'OP', label: '' })).toBe('OP');
  });
});
