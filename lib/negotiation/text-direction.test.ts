import { describe, expect, it } from 'vitest';
import { paragraphDirection, paragraphTextAttributes } from './text-direction';

describe('paragraphDirection', () => {
  it('runs Arabic drafts right to left and the other UN languages left to right', () => {
    expect(paragraphDirection('ar')).toBe('rtl');
    for (const language of ['en', 'fr', 'es', 'ru', 'zh']) expect(paragraphDirection(language)).toBe('ltr');
  });

  it('reads the primary subtag of a regional tag, in any case', () => {
    expect(paragraphDirection('AR-eg')).toBe('rtl');
    expect(paragraphDirection(' en_GB ')).toBe('ltr');
    expect(paragraphDirection('fa')).toBe('rtl');
  });

  it('leaves a missing or unreadable language to the paragraph itself', () => {
    expect(paragraphDirection(undefined)).toBe('auto');
    expect(paragraphDirection('')).toBe('auto');
    expect(paragraphDirection('arabic')).toBe('auto');
  });
});

describe('paragraphTextAttributes', () => {
  it('gives the direction and the language, without a language it cannot name', () => {
    expect(paragraphTextAttributes('ar')).toEqual({ dir: 'rtl', lang: 'ar' });
    expect(paragraphTextAttributes('en-US')).toEqual({ dir: 'ltr', lang: 'en' });
    expect(paragraphTextAttributes(null)).toEqual({ dir: 'auto' });
  });
});
