import { readFileSync } from 'node:fs';
import path from 'node:path';
// The parser next-intl formats messages with (through use-intl and intl-messageformat).
import { parse } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { englishOf, renderSentence, say, SERVER_SENTENCE_PARAMS, type SentenceTranslator } from './server-sentences';

type Catalog = { [key: string]: string | Catalog };

function load(locale: string): Catalog {
  return JSON.parse(readFileSync(path.join(__dirname, '../../messages', `${locale}.json`), 'utf8')) as Catalog;
}

function leaf(catalog: Catalog, key: string): string | undefined {
  const value = key.split('.').reduce<string | Catalog | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), catalog);
  return typeof value === 'string' ? value : undefined;
}

function keysOf(catalog: Catalog, prefix: string): string[] {
  return Object.entries(catalog).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The arguments a message uses, read with the parser next-intl uses. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') names.add(element.value);
      if (element.options) for (const option of Object.values(element.options)) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(parse(message) as Element[]);
  return [...names].sort();
}

function translatorFor(locale: string): SentenceTranslator {
  const t = createTranslator({ locale, messages: load(locale) as Record<string, unknown> }) as unknown as SentenceTranslator;
  return Object.assign((key: string, params: Record<string, string | number>) => t(key, params), { has: (key: string) => t.has(key) });
}

const keys = Object.keys(SERVER_SENTENCE_PARAMS) as Array<keyof typeof SERVER_SENTENCE_PARAMS>;

describe.each(LOCALES)('the server sentences in %s', (locale) => {
  const catalog = load(locale);

  it('has every key the server can send, with exactly its parameters', () => {
    const wrong = keys.filter((key) => {
      const message = leaf(catalog, key);
      return message === undefined || argumentsOf(message).join() !== [...SERVER_SENTENCE_PARAMS[key]].sort().join();
    });
    expect(wrong).toEqual([]);
  });

  it('has no server sentence the server cannot send', () => {
    const server = catalog.server;
    expect(typeof server).toBe('object');
    expect(keysOf(server as Catalog, 'server.').filter((key) => !(key in SERVER_SENTENCE_PARAMS))).toEqual([]);
  });
});

describe('englishOf', () => {
  it('writes the English sentence, nested sentences and counts included', () => {
    const name = say('server.paragraph.named', { label: 'PP3' });
    const agreed = say('server.status.agreed', {});
    expect(englishOf(say('server.command.pendingBeforeAgree', { name, count: 1, status: agreed }))).toBe(
      'Paragraph PP3 still has 1 pending proposal; accept or reject them before marking it agreed.',
    );
    const held = say('server.part.and', { first: say('server.part.bracketedPassages', { count: 2 }), second: say('server.part.unresolvedOptions', {}) });
    expect(englishOf(say('server.command.openBeforeAgree', { name, held, status: agreed }))).toBe(
      'Paragraph PP3 still holds 2 bracketed passages and unresolved options; lift the brackets and keep one alternative or option before marking it agreed.',
    );
  });
});

describe('renderSentence', () => {
  it('words a sentence in the reader’s language, its nested sentences too', () => {
    const sentence = say('server.command.locked', { name: say('server.paragraph.named', { label: 'OP2' }), status: say('server.status.agreed', {}) });
    expect(renderSentence(translatorFor('fr'), sentence)).toBe('Le paragraphe OP2 est adopté ; rouvrez-le d’abord.');
    expect(renderSentence(translatorFor('ar'), sentence)).toBe('الفقرة OP2 في حالة: متفق عليها؛ يُرجى إعادة فتحها أولاً.');
  });

  it('gives null for a key the page does not know, so the caller shows the English', () => {
    expect(renderSentence(translatorFor('ru'), { key: 'server.refused.fromTheFuture', params: {} })).toBeNull();
    expect(renderSentence(translatorFor('ru'), { key: 'server.command.locked', params: { name: { key: 'server.nope', params: {} }, status: 'x' } })).toBeNull();
  });
});
