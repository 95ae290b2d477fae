import { describe, expect, it } from 'vitest';
import { slotPosition } from './slot-position';

describe('slotPosition', () => {
  it('orders the times a programme of work prints', () => {
    const times = ['3 p.m.', '10 a.m.', '12 noon', '15:30', '9.30 a.m.', '12 a.m.', 'after the plenary'];
    const sorted = [...times].sort((a, b) => slotPosition(a) - slotPosition(b));
    expect(sorted).toEqual(['12 a.m.', '9.30 a.m.', '10 a.m.', '12 noon', '3 p.m.', '15:30', 'after the plenary']);
  });

  it('reads common spellings of a.m. and p.m.', () => {
    expect(slotPosition('3 pm')).toBe(15 * 60);
    expect(slotPosition('3 P.M.')).toBe(15 * 60);
    expect(slotPosition('10am')).toBe(10 * 60);
  });
});
