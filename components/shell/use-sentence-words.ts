import { useTranslations } from 'next-intl';
import { renderSentence, type SentenceTranslator, type WireSentence } from '@/lib/i18n/server-sentences';

/**
 * Words a server sentence in the reader's language, or the English the server wrote with it when
 * this page's catalogue does not know a key. Unlike `useServerSentence`, which reads a sentence
 * out of a JSON answer in the draft page's client code, this one also serves components the
 * server renders (the history table, the setup page's notices).
 */
export function useSentenceWords(): (sentence: WireSentence | undefined, english: string) => string {
  const t = useTranslations();
  const translate: SentenceTranslator = Object.assign((key: string, params: Record<string, string | number>) => t(key, params), {
    has: (key: string) => t.has(key),
  });
  return (sentence, english) => (sentence ? renderSentence(translate, sentence) : null) ?? english;
}
