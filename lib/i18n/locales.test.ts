import { describe, expect, it } from 'vitest';
import { chooseLocale, directionOf, negotiateLocale } from './locales';

describe('interface language', () => {
  it('takes the best UN language from Accept-Language by quality', () => {
    expect(negotiateLocale('de-DE, ru;q=0.7, fr-CH;q=0.9')).toBe('fr');
    expect(negotiateLocale('zh-Hans-CN,zh;q=0.9')).toBe('zh');
    expect(negotiateLocale('de, it')).toBeNull();
    expect(negotiateLocale('ar;q=0, es;q=0.1')).toBe('es');
    expect(negotiateLocale(null)).toBeNull();
  });
  it('prefers the stored choice, then the cookie, then the browser, then English', () => {
    expect(chooseLocale({ stored: 'ar', cookie: 'fr', acceptLanguage: 'ru' })).toBe('ar');
    expect(chooseLocale({ stored: null, cookie: 'fr', acceptLanguage: 'ru' })).toBe('fr');
    expect(chooseLocale({ stored: 'xx', cookie: 'de', acceptLanguage: 'ru' })).toBe('ru');
    expect(chooseLocale({})).toBe('en');
  });
  it('writes Arabic right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('zh')).toBe('ltr');
  });
});
