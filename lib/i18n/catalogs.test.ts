import { describe, expect, it } from 'vitest';
import { argumentsOf, keysOf, loadCatalog as load, messageAt, type Catalog } from '@/test-support/i18n/message-catalogs';
import { LOCALES } from './locales';

function leaf(catalog: Catalog, key: string): string {
  return messageAt(catalog, key) ?? '';
}

const english = load('en');
const englishKeys = keysOf(english).sort();

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s catalog', (locale) => {
  const catalog = load(locale);
  const keys = keysOf(catalog).sort();

  it('has every message English has', () => expect(englishKeys.filter((key) => !keys.includes(key))).toEqual([]));
  it('has no message English lacks', () => expect(keys.filter((key) => !englishKeys.includes(key))).toEqual([]));
  it('keeps the arguments of each English message', () => {
    const differing = englishKeys.filter((key) => argumentsOf(leaf(english, key)).join() !== argumentsOf(leaf(catalog, key)).join());
    expect(differing).toEqual([]);
  });
  it('leaves no message empty', () => expect(keys.filter((key) => leaf(catalog, key).trim() === '')).toEqual([]));
});
