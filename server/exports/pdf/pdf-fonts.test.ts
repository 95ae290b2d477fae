import { describe, expect, it } from 'vitest';
import { fontSource, splitByScript } from './pdf-fonts';
import { reverseDigitGroups } from './pdf-writer';

describe('PDF fonts', () => {
  it('finds the bundled serif Noto fonts for Latin, Chinese and Arabic', () => {
    expect(fontSource('latin', 'regular')?.file).toMatch(/NotoSerif_400Regular\.ttf$/);
    expect(fontSource('latin', 'boldItalic')?.file).toMatch(/NotoSerif_700Bold_Italic\.ttf$/);
    expect(fontSource('cjk', 'regular')?.file).toMatch(/NotoSerifSC_400Regular\.ttf$/);
    expect(fontSource('arabic', 'regular')?.file).toMatch(/NotoNaskhArabic-Regular\.ttf$/);
    // No italic Chinese face exists: the regular one stands in.
    expect(fontSource('cjk', 'italic')?.file).toMatch(/NotoSerifSC_400Regular\.ttf$/);
  });

  it('splits text into runs by script, keeping spaces and digits with their neighbours', () => {
    expect(splitByScript('States [加强] (Chair)')).toEqual([
      { script: 'latin', text: 'States [' },
      { script: 'cjk', text: '加强' },
      { script: 'latin', text: '] (Chair)' },
    ]);
    expect(splitByScript('29 يونيو 2022')).toEqual([{ script: 'arabic', text: '29 يونيو 2022' }]);
    expect(splitByScript('Vienna, 2022年6月', 'cjk')).toEqual([{ script: 'cjk', text: 'Vienna, 2022年6月' }]);
    expect(splitByScript('2022')).toEqual([{ script: 'latin', text: '2022' }]);
  });

  it('pre-reverses numbers in right-to-left runs so that they read left to right', () => {
    expect(reverseDigitGroups('البند 12 من 2022/1')).toBe('البند 21 من 1/2202');
  });
});
