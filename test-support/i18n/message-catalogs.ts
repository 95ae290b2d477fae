import { readFileSync } from 'node:fs';
import path from 'node:path';
// The parser next-intl formats messages with (through use-intl and intl-messageformat).
import { parse } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'use-intl/core';
import { asSentenceTranslator, type SentenceTranslator } from '@/lib/i18n/server-sentences';

export type Catalog = { [key: string]: string | Catalog };

/** messages/<locale>.json as it is on disk. */
export function loadCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(path.join(__dirname, '../../messages', `${locale}.json`), 'utf8')) as Catalog;
}

/** Every leaf key as "namespace.key", so a missing or extra message names itself. */
export function keysOf(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

/** The message at a dotted key; undefined when there is none. */
export function messageAt(catalog: Catalog, key: string): string | undefined {
  const value = key.split('.').reduce<string | Catalog | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), catalog);
  return typeof value === 'string' ? value : undefined;
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/**
 * The arguments a message uses ({delegation}, {count, plural, …}, and <strong> tags), read with the
 * ICU parser next-intl itself uses, so a translation cannot drop the delegation's name or a count,
 * and a message that does not parse fails in a test rather than on the page.
 */
export function argumentsOf(message: string): string[] {
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

/** A translator of server sentences in `locale`, from its catalogue on disk. */
export function translatorFor(locale: string): SentenceTranslator {
  return asSentenceTranslator(createTranslator({ locale, messages: loadCatalog(locale) as Record<string, unknown> }));
}
