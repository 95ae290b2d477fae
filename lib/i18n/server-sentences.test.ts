import { describe, expect, it } from 'vitest';
import { argumentsOf, keysOf, loadCatalog as load, messageAt as leaf, translatorFor, type Catalog } from '@/test-support/i18n/message-catalogs';
import { LOCALES } from './locales';
import { englishOf, renderSentence, say, SERVER_SENTENCE_PARAMS } from './server-sentences';

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
