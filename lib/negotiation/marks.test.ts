import { describe, expect, it } from 'vitest';
import { markNameOfKey, readRunMarks } from './marks';

describe('readRunMarks', () => {
  it('reads marks under plain and hashed keys and ignores other attributes', () => {
    const attrs = { proposal: 'p1', delegation: 'd1', author: 'u1', at: 'now' };
    const marks = readRunMarks({
      insertion: attrs,
      'insertion--AbC12345': { ...attrs, proposal: 'p2' },
      'deletion--Zz9+/=aa': { ...attrs, proposal: 'p3' },
      bracket: { by: 'u2' },
      bold: true,
      deletion: null,
    });
    expect(marks.insertions.map((m) => [m.key, m.proposal])).toEqual([
      ['insertion', 'p1'],
      ['insertion--AbC12345', 'p2'],
    ]);
    expect(marks.deletions.map((m) => m.proposal)).toEqual(['p3']);
    expect(marks.brackets).toEqual([
      { key: 'bracket', id: 'legacy:u2', by: 'u2', spot: null, form: null, option: null, noText: false, delegation: null, note: null },
    ]);
  });

  it('does not mistake lookalike keys for marks', () => {
    expect(markNameOfKey('insertions')).toBeNull();
    expect(markNameOfKey('bracket--x1234567')).toBe('bracket');
  });
});
