import { describe, expect, it } from 'vitest';
import { pick, seededRandom } from './random';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const first = Array.from({ length: 5 }, seededRandom(42));
    const again = Array.from({ length: 5 }, seededRandom(42));
    const other = Array.from({ length: 5 }, seededRandom(43));
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('picks only from the list, and refuses an empty one', () => {
    const rng = seededRandom(7);
    const picks = Array.from({ length: 50 }, () => pick(rng, ['a', 'b', 'c']));
    expect(new Set(picks)).toEqual(new Set(['a', 'b', 'c']));
    expect(() => pick(rng, [])).toThrow(/empty/);
  });
});
