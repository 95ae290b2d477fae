import { createTranslator } from 'use-intl/core';
import english from '../../messages/en.json';
import { SERVER_SENTENCE_PARAMS } from './server-sentence-keys';

/**
 * The sentences the server writes to a person (refusals, command results, route errors, setup
 * problems), as keys of the `server` namespace of messages/*.json with their parameters. The
 * server keeps sending the English sentence (bots and logs read it) and adds `key` and `params`,
 * so a page renders the sentence in its reader's language. A parameter is a plain value (a
 * paragraph label, a delegation's name, a number) or itself a sentence, translated first (a
 * paragraph's name, a status, a rule the change broke).
 */

export { SERVER_SENTENCE_PARAMS };
export type ServerSentenceKey = keyof typeof SERVER_SENTENCE_PARAMS;
// A nested sentence may come from another layer already as it travels (a WireSentence).
export type SentenceParam = string | number | ServerSentence | WireSentence;
type ParamsOf<K extends ServerSentenceKey> = { [P in (typeof SERVER_SENTENCE_PARAMS)[K][number]]: SentenceParam };

export type ServerSentence<K extends ServerSentenceKey = ServerSentenceKey> = K extends ServerSentenceKey
  ? { key: K; params: ParamsOf<K> }
  : never;

/** A sentence on the wire, as a page or a bot receives it: keys it does not know fall back to English. */
export interface WireSentence {
  key: string;
  params: Record<string, WireParam>;
}
export type WireParam = string | number | WireSentence;

export function say<K extends ServerSentenceKey>(key: K, params: ParamsOf<K>): ServerSentence<K> {
  return { key, params } as ServerSentence<K>;
}

/** Anything that formats a message key with flat parameters (next-intl's `t`, use-intl's translator). */
export interface SentenceTranslator {
  (key: string, params: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** The sentence in the translator's language; null when it does not know a key (an older page, a newer server). */
export function renderSentence(t: SentenceTranslator, sentence: WireSentence): string | null {
  if (!t.has(sentence.key)) return null;
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(sentence.params ?? {})) {
    if (typeof value === 'object' && value !== null) {
      const inner = renderSentence(t, value);
      if (inner === null) return null;
      flat[name] = inner;
    } else {
      flat[name] = value;
    }
  }
  return t(sentence.key, flat);
}

/**
 * next-intl's `t` (client or server) or use-intl's translator as a SentenceTranslator: theirs are
 * typed for the keys of one catalogue, a server sentence's key is any string.
 */
export function asSentenceTranslator(t: { has: (key: never) => boolean }): SentenceTranslator {
  const loose = t as unknown as { (key: string, params: Record<string, string | number>): string; has(key: string): boolean };
  return Object.assign((key: string, params: Record<string, string | number>) => loose(key, params), { has: (key: string) => loose.has(key) });
}

const englishT = asSentenceTranslator(createTranslator({ locale: 'en', messages: english as unknown as Record<string, unknown> }));

/** The English sentence: what `reason`, `error` and `message` carry for bots, logs and older pages. */
export function englishOf(sentence: WireSentence): string {
  return renderSentence(englishT, sentence) ?? sentence.key;
}

/** Reads a sentence out of a JSON message, if it carries a well-formed one. */
export function readWireSentence(value: { key?: unknown; params?: unknown }): WireSentence | null {
  if (typeof value.key !== 'string') return null;
  const params = typeof value.params === 'object' && value.params !== null ? (value.params as Record<string, WireParam>) : {};
  return { key: value.key, params };
}
