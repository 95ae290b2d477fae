'use client';

import { useTranslations } from 'next-intl';
import { readWireSentence, renderSentence, type SentenceTranslator } from '@/lib/i18n/server-sentences';

/** What the server sent: its English sentence and, from current servers, the sentence's key and parameters. */
export interface SaidByServer {
  key?: unknown;
  params?: unknown;
}

/**
 * Words a server sentence in the reader's language: `t(key, params)` when this page knows the key,
 * else the English the server sent with it (an older page, a newer server).
 */
export function useServerSentence(): (said: SaidByServer, english: string) => string {
  const t = useTranslations();
  const translate: SentenceTranslator = Object.assign((key: string, params: Record<string, string | number>) => t(key, params), {
    has: (key: string) => t.has(key),
  });
  return (said, english) => {
    const sentence = readWireSentence(said);
    return (sentence && renderSentence(translate, sentence)) ?? english;
  };
}
