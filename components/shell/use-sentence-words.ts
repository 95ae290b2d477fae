import { useTranslations } from 'next-intl';
import { asSentenceTranslator, renderSentence, type WireSentence } from '@/lib/i18n/server-sentences';

/**
 * Words a server sentence in the reader's language, or the English the server wrote with it when
 * this page's catalogue does not know a key. Unlike `useServerSentence`, which reads a sentence
 * out of a JSON answer in the draft page's client code, this one also serves components the
 * server renders (the history table, the setup page's notices).
 */
export function useSentenceWords(): (sentence: WireSentence | undefined, english: string) => string {
  const translate = asSentenceTranslator(useTranslations());
  return (sentence, english) => (sentence ? renderSentence(translate, sentence) : null) ?? english;
}
