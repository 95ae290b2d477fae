import { englishOf, type ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * The options of a zod `refine` whose refusal is a sentence of the catalogue: the English as the
 * issue's message (what logs and bots read), the sentence in its params, where describeZodError
 * finds it so that the page can say it in its reader's language.
 */
export function sentenceIssue(sentence: ServerSentence): { error: string; params: { sentence: ServerSentence } } {
  return { error: englishOf(sentence), params: { sentence } };
}
