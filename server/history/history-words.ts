import { readWireSentence, say, type SentenceParam, type ServerSentence } from '@/lib/i18n/server-sentences';
import { isParagraphStatus } from '@/lib/negotiation/statuses';

/** Pieces the history's sentences share: quoted words, statuses and lists, each a sentence of its own so it is worded in the reader's language. */

export const text = (value: unknown): string | null => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : null);

/** The words an event concerns, shortened so a line stays a line; null when it recorded none. */
export function quoted(value: unknown, max = 80): ServerSentence | null {
  const words = text(value)?.replace(/\s+/g, ' ');
  if (!words) return null;
  return say('server.history.quoted', { text: words.length > max ? `${words.slice(0, max - 1)}…` : words });
}

export const status = (value: unknown): SentenceParam =>
  typeof value === 'string' && isParagraphStatus(value) ? say(`server.status.${value}`, {}) : String(value ?? '?');

/** "a; b; c and 2 more" (or with commas): the first few of a list, so a long run stays one line. */
export function firstFew(values: readonly SentenceParam[], { max = 3, commas = false }: { max?: number; commas?: boolean } = {}): SentenceParam {
  const shown = joined(values.slice(0, max), commas);
  return values.length > max ? say('server.history.list.more', { shown, count: values.length - max }) : shown;
}

export function joined(values: readonly SentenceParam[], commas = false): SentenceParam {
  const [first, ...rest] = values;
  if (first === undefined) return '';
  if (rest.length === 0) return first;
  return say(commas ? 'server.history.list.comma' : 'server.history.list.semicolon', { first, rest: joined(rest, commas) });
}

/** Why a change was refused: the sentence the collaboration server refused it with, or the English it stored before refusals carried one. */
export function refusalReason(details: Record<string, unknown>): SentenceParam | null {
  return readWireSentence(details) ?? text(details.reason);
}
