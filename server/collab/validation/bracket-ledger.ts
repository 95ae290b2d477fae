import * as Y from 'yjs';
import { getParagraph, getParagraphText, paragraphIds } from '@/lib/negotiation/draft-doc';
import { markNameOfKey } from '@/lib/negotiation/marks';
import { MARKS } from '@/lib/negotiation/schema';
import { mayBeLiveFormat } from './is-item-deleted';

/**
 * Where each bracket id has been seen, so that a new bracket's id is checked against the few
 * paragraphs that may hold it instead of the whole draft. Read from the draft when the room
 * loads, from the paragraphs of every server change, and from every accepted change: the
 * brackets it placed and every bracket format item it added, even one that covers no text yet.
 * So a paragraph holding a live format item with an id is always among that id's places. It
 * may remember a paragraph a bracket has since left (lifting a bracket is not read back);
 * whoever finds no format item with the id there any more `forget`s it.
 */
export interface BracketLedger {
  /** The paragraphs where `id` has been seen. */
  placesOf(id: string): ReadonlySet<string> | undefined;
  forget(id: string, paragraphId: string): void;
  /** Records that `id` is in this paragraph (a bracket an accepted update placed, or a format item it added). */
  add(id: string, paragraphId: string): void;
  /** Records the bracket ids live in these paragraphs. */
  record(doc: Y.Doc, paragraphIdsToRead: Iterable<string>): void;
}

// Bound once: in the CommonJS build every `Y.x` is a getter call, and the loop runs per item.
const { ContentFormat } = Y;

export function createBracketLedger(doc: Y.Doc): BracketLedger {
  const places = new Map<string, Set<string>>();
  const add = (id: string, paragraphId: string): void => {
    const known = places.get(id);
    if (known) known.add(paragraphId);
    else places.set(id, new Set([paragraphId]));
  };
  const record = (source: Y.Doc, ids: Iterable<string>): void => {
    for (const paragraphId of ids) {
      const paragraph = getParagraph(source, paragraphId);
      const text = paragraph && getParagraphText(paragraph);
      if (!text) continue;
      for (const id of bracketIdsIn(text)) add(id, paragraphId);
    }
  };
  record(doc, paragraphIds(doc));
  return {
    placesOf: (id) => places.get(id),
    forget(id, paragraphId) {
      const known = places.get(id);
      known?.delete(paragraphId);
      if (known?.size === 0) places.delete(id);
    },
    record,
    add,
  };
}

/** The ids of the bracket marks set anywhere in the text (live format items). */
export function bracketIdsIn(text: Y.XmlText): Set<string> {
  const ids = new Set<string>();
  for (let item = text._start; item !== null; item = item.right) {
    if (!mayBeLiveFormat(item) || !(item.content instanceof ContentFormat)) continue;
    const id = bracketIdOf(item.content);
    if (id !== null) ids.add(id);
  }
  return ids;
}

/** The id a format item gives a bracket mark; null for other marks and for a bracket without one. */
export function bracketIdOf({ key, value }: Y.ContentFormat): string | null {
  if (markNameOfKey(key) !== MARKS.bracket) return null;
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}
