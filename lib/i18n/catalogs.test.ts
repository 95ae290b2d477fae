import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';

type Catalog = { [key: string]: string | Catalog };

function load(locale: string): Catalog {
  return JSON.parse(readFileSync(path.join(__dirname, '../../messages', `${locale}.json`), 'utf8')) as Catalog;
}

/** Every leaf key as "namespace.key", so a missing or extra message names itself. */
function keysOf(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/** The {placeholders} of a message, so a translation cannot drop the delegation's name or a count. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1] ?? ''))].sort();
}

function leaf(catalog: Catalog, key: string): string {
  const value = key.split('.').reduce<string | Catalog | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), catalog);
  return typeof value === 'string' ? value : '';
}

const english = load('en');
const englishKeys = keysOf(english).sort();

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s catalog', (locale) => {
  const catalog = load(locale);
  const keys = keysOf(catalog).sort();

  it('has every message English has', () => expect(englishKeys.filter((key) => !keys.includes(key))).toEqual([]));
  it('has no message English lacks', () => expect(keys.filter((key) => !englishKeys.includes(key))).toEqual([]));
  it('keeps the placeholders of each English message', () => {
    const differing = englishKeys.filter((key) => placeholders(leaf(english, key)).join() !== placeholders(leaf(catalog, key)).join());
    expect(differing).toEqual([]);
  });
  it('leaves no message empty', () => expect(keys.filter((key) => leaf(catalog, key).trim() === '')).toEqual([]));
});
