import * as Y from 'yjs';
import { markNameOfKey } from '@/lib/negotiation/marks';
import { MARKS } from '@/lib/negotiation/schema';
import { canonicalMarks, sameAttributes, type Attributes } from './attribute-maps';
import { judgeBracketChanges, type CharacterRules } from './character-rules';
import { isItemDeleted, mayBeLiveFormat } from './is-item-deleted';
import type { ServerSentence } from '@/lib/i18n/server-sentences';

// Bound once: in the CommonJS build every `Y.x` is a getter call.
const { ContentFormat, isDeleted } = Y;

/**
 * Every bracket value a change writes into a paragraph's format items, whether or not it marks
 * any text yet, is judged as a bracket placed, unless the paragraph already had that very value
 * (the editor rewriting the marks it shows, or Yjs re-opening a bracket after a new one written
 * over its middle). A bracket opened over no text marks nothing the walk can judge, and Yjs's
 * clean-up of it is not stored: loaded again from the database, it would give its mark,
 * unjudged, to text typed into it.
 */
export function judgeAddedBrackets(text: Y.XmlText, transaction: Y.Transaction, added: readonly Y.ContentFormat[], rules: CharacterRules): ServerSentence | null {
  if (added.length === 0) return null;
  const known = bracketValuesBefore(text, transaction);
  for (const { key, value } of added) {
    const written = canonicalMarks(new Map([[key, value]]));
    if (known.some((had) => sameAttributes(had, written))) continue;
    const reason = judgeBracketChanges(rules, new Map(), written);
    if (reason !== null) return reason;
  }
  return null;
}

function isBracketFormat(item: Y.Item): item is Y.Item & { content: Y.ContentFormat } {
  return item.content instanceof ContentFormat && item.content.value !== null && markNameOfKey(item.content.key) === MARKS.bracket;
}

/** The live bracket format items (with a value: not a bracket's end) the transaction added among `changedItems`. */
export function addedBracketFormats(changedItems: ReadonlySet<Y.Item>, transaction: Y.Transaction): Y.ContentFormat[] {
  const added: Y.ContentFormat[] = [];
  for (const item of changedItems) {
    if (!mayBeLiveFormat(item) || !isBracketFormat(item)) continue;
    if (item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0)) added.push(item.content);
  }
  return added;
}

/** The bracket values of the paragraph's format items as they stood before the change, canonical. */
function bracketValuesBefore(text: Y.XmlText, transaction: Y.Transaction): Attributes[] {
  const values: Attributes[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    if (!isBracketFormat(item)) continue;
    const added = item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
    const liveBefore = !added && (!isItemDeleted(item) || isDeleted(transaction.deleteSet, item.id));
    if (liveBefore) values.push(canonicalMarks(new Map([[item.content.key, item.content.value]])));
  }
  return values;
}
