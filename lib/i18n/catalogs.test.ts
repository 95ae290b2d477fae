import { readFileSync } from 'node:fs';
import path from 'node:path';
// The parser next-intl formats messages with (through use-intl and intl-messageformat).
import { parse } from '@formatjs/icu-messageformat-parser';
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

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/**
 * The arguments a message uses ({delegation}, {count, plural, …}, and <strong> tags), read with the
 * ICU parser next-intl itself uses, so a translation cannot drop the delegation's name or a count,
 * and a message that does not parse fails here rather than on the page.
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 0 is literal text and 7 the plural's "#": neither names an argument.
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') names.add(element.value);
      if (element.options) for (const option of Object.values(element.options)) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(parse(message) as Element[]);
  return [...names].sort();
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
  it('keeps the arguments of each English message', () => {
    const differing = englishKeys.filter((key) => argumentsOf(leaf(english, key)).join() !== argumentsOf(leaf(catalog, key)).join());
    expect(differing).toEqual([]);
  });
  it('leaves no message empty', () => expect(keys.filter((key) => leaf(catalog, key).trim() === '')).toEqual([]));
});
