'use client';

import { readWireSentence } from '@/lib/i18n/server-sentences';
import { useSentenceWords } from './use-sentence-words';

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
  const words = useSentenceWords();
  return (said, english) => words(readWireSentence(said) ?? undefined, english);
}
