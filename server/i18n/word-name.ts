import type { WireSentence } from '@/lib/i18n/server-sentences';
import { wordSentence } from './word-sentence';

/** A person's or delegation's name for the current reader: as entered, or, when the server made it up ("Former participant"), in the reader's language. */
export async function wordName({ named }: { named: { name: string; said?: WireSentence } }): Promise<string> {
  return named.said ? wordSentence({ sentence: named.said }) : named.name;
}
