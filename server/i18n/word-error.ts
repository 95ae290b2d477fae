import { toAppError } from '@/server/http/to-app-error';
import { wordSentence } from './word-sentence';

/** What a server action tells its form about a failure, in the reader's language when it is a sentence of the catalogue. */
export async function wordError({ error }: { error: unknown }): Promise<string> {
  const answer = toAppError(error);
  return answer.sentence ? wordSentence({ sentence: answer.sentence }) : answer.userMessage;
}
