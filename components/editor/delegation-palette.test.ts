import { describe, expect, it } from 'vitest';
import { contrastOnWhite, delegationColour, hexToLinearRgb, labDistance, linearRgbToOklab, MIN_CONTRAST, PALETTE_SIZE, paletteStyleSheet } from './delegation-palette';

const lab = (index: number) => linearRgbToOklab(hexToLinearRgb(delegationColour(index)));
const indexes = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The smallest OKLab distance between any two of the first `n` colours. */
function closestPair(n: number): number {
  let closest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) closest = Math.min(closest, labDistance(lab(i), lab(j)));
  return closest;
}

describe('delegation palette', () => {
  it('gives 200 delegations 200 different #rrggbb colours, the same on every call', () => {
    const colours = indexes(200).map(delegationColour);
    expect(new Set(colours).size).toBe(200);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(indexes(200).map(delegationColour)).toEqual(colours);
  });

  it('meets 4.5:1 against white for every colour, as text on the page', () => {
    for (const i of indexes(PALETTE_SIZE)) expect(contrastOnWhite(hexToLinearRgb(delegationColour(i))), delegationColour(i)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('keeps the first thirty clearly apart, and all two hundred apart (OKLab distance; a just-noticeable difference is about 0.02)', () => {
    expect(closestPair(12)).toBeGreaterThan(0.1);
    expect(closestPair(30)).toBeGreaterThan(0.06);
    expect(closestPair(200)).toBeGreaterThan(0.02);
  });

  it('makes delegations next to each other in the list differ strongly', () => {
    for (const i of indexes(200)) expect(labDistance(lab(i), lab(i + 1)), `${i} and ${i + 1}`).toBeGreaterThan(0.03);
  });

  it('wraps round beyond the palette and emits one CSS rule per colour', () => {
    expect(delegationColour(PALETTE_SIZE + 5)).toBe(delegationColour(5));
    expect(delegationColour(-1)).toBe(delegationColour(PALETTE_SIZE - 1));
    const css = paletteStyleSheet();
    expect(css.split('\n')).toHaveLength(PALETTE_SIZE);
    expect(css).toContain(`[data-color-index='199']{--prop-color:${delegationColour(199)}}`);
  });
});
