import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { renderSentence, type SentenceTranslator } from '@/lib/i18n/server-sentences';
import { untranslatedAgendaItem, untranslatedDelegation, untranslatedField } from './untranslated-words';

function translatorFor(locale: string): SentenceTranslator {
  const messages = JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as Record<string, unknown>;
  const t = createTranslator({ locale, messages }) as unknown as SentenceTranslator;
  return Object.assign((key: string, params: Record<string, string | number>) => t(key, params), { has: (key: string) => t.has(key) });
}

describe('the words a paper would print in English', () => {
  it('keeps the English for the export’s header and logs', () => {
    expect([untranslatedField('venue'), untranslatedAgendaItem('2'), untranslatedDelegation('Mexico')].map((word) => word.english)).toEqual([
      'venue',
      'agenda item 2',
      'delegation Mexico',
    ]);
  });

  it('words them in the reader’s language, leaving the names as entered', () => {
    const fr = translatorFor('fr');
    expect(renderSentence(fr, untranslatedField('subsidiaryBody').sentence)).toBe('organe subsidiaire');
    expect(renderSentence(fr, untranslatedDelegation('Mexico').sentence)).toBe('délégation Mexico');
    expect(renderSentence(translatorFor('ar'), untranslatedAgendaItem('2').sentence)).toBe('البند 2 من جدول الأعمال');
  });
});
