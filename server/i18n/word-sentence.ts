import { getTranslations } from 'next-intl/server';
import { asSentenceTranslator, englishOf, renderSentence, type WireSentence } from '@/lib/i18n/server-sentences';

/**
 * A server sentence in the language of the current request (server actions and server components,
 * through next-intl's request configuration); the English one when the sentence cannot be worded,
 * so a form never loses its message.
 */
export async function wordSentence({ sentence }: { sentence: WireSentence }): Promise<string> {
  try {
    return renderSentence(asSentenceTranslator(await getTranslations()), sentence) ?? englishOf(sentence);
  } catch (error) {
    console.error('[i18n] could not word a server sentence:', error);
    return englishOf(sentence);
  }
}
