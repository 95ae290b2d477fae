import { describe, expect, it } from 'vitest';
import { renderSentence } from '@/lib/i18n/server-sentences';
import { translatorFor } from '@/test-support/i18n/message-catalogs';
import { untranslatedAgendaItem, untranslatedDelegation, untranslatedField } from './untranslated-words';

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
