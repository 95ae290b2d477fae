import { describe, expect, it } from 'vitest';
import { visualRuns } from './bidi-runs';

const simple = (runs: ReturnType<typeof visualRuns>) => runs.map((run) => [run.text, run.script, run.shaped]);

describe('visualRuns', () => {
  it('keeps a left-to-right line as it is', () => {
    expect(simple(visualRuns([{ text: 'States parties (Mexico)' }], 'ltr'))).toEqual([['States parties (Mexico)', 'latin', false]]);
  });

  it('orders an Arabic line with a Latin symbol and digits right to left, each run readable', () => {
    // Logical: "البند 2 من CTOC/COP" — visually, from the left: the Latin symbol, "من", the digit, "البند".
    const runs = visualRuns([{ text: 'البند 2 من CTOC/COP' }], 'rtl');
    expect(simple(runs)).toEqual([
      ['CTOC/COP', 'latin', false],
      [' من ', 'arabic', true],
      ['2', 'arabic', false],
      ['البند ', 'arabic', true],
    ]);
  });

  it('mirrors brackets inside right-to-left text and keeps the pieces apart', () => {
    const runs = visualRuns([{ text: 'تعزيز ', style: 'a' }, { text: '[التعاون]', style: 'b' }], 'rtl');
    expect(runs.map((run) => [run.text, run.piece.style])).toEqual([
      ['[', 'b'],
      ['التعاون', 'b'],
      [']', 'b'],
      ['تعزيز ', 'a'],
    ]);
  });
});
