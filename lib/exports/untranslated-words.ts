import { englishOf, say, type ServerSentence } from '@/lib/i18n/server-sentences';
import type { MeetingTranslatedField } from '@/lib/meetings/translations';

/**
 * A word a paper prints in English for want of a translation ("venue", "agenda item 2",
 * "delegation Mexico"): the English that logs and the export's header carry, and the same as a
 * sentence the page words in its reader's language (the names in it stay as entered).
 */
export interface UntranslatedWord {
  english: string;
  sentence: ServerSentence;
}

const word = (sentence: ServerSentence): UntranslatedWord => ({ english: englishOf(sentence), sentence });

const FIELDS = {
  title: 'server.untranslated.meetingTitle',
  body: 'server.untranslated.body',
  subsidiaryBody: 'server.untranslated.subsidiaryBody',
  venue: 'server.untranslated.venue',
} as const satisfies Record<MeetingTranslatedField, string>;

export const untranslatedField = (field: MeetingTranslatedField): UntranslatedWord => word(say(FIELDS[field], {}));
export const untranslatedAgendaItem = (number: string): UntranslatedWord => word(say('server.untranslated.agendaItem', { number }));
export const untranslatedDelegation = (name: string): UntranslatedWord => word(say('server.untranslated.delegation', { name }));
