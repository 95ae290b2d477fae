import * as Y from 'yjs';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';
import { canonicalMarks, sameAttributes, type Attributes } from '@/server/collab/validation/attribute-maps';
import { judgeBracketChanges, judgeInserted, judgeRemarked, judgeRemoved, type CharacterRules } from '@/server/collab/validation/character-rules';

/**
 * The validator's item walk as it was before it learned to judge only the stretch a transaction
 * changed: every item of the text from the first to the last, tombstones included, each judged
 * by the same character rules. The tests compare the two on random edits; whatever the shorter
 * walk skips must never change a verdict.
 */
export function walkWholeText(text: Y.XmlText, transaction: Y.Transaction, rules: CharacterRules): ServerSentence | null {
  const before: Attributes = new Map();
  let after: Attributes = before;
  for (let item = text._start; item !== null; item = item.right) {
    const added = item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
    const existsAfter = !item.deleted;
    const existedBefore = !added && (existsAfter || Y.isDeleted(transaction.deleteSet, item.id));
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (existedBefore === existsAfter) {
        if (!existsAfter) continue;
        setFormat(before, content);
        if (after !== before) setFormat(after, content);
        continue;
      }
      if (after === before) after = new Map(before);
      setFormat(existedBefore ? before : after, content);
      if (sameAttributes(before, after)) after = before;
      continue;
    }
    if (!added && existedBefore && existsAfter && after === before) continue;
    const reason = judgeItem(rules, added, existedBefore, existsAfter, content, canonicalMarks(before), canonicalMarks(after));
    if (reason !== null) return reason;
  }
  // The end of the text, after its last character, is judged for the brackets open there.
  return after === before ? null : judgeBracketChanges(rules, canonicalMarks(before), canonicalMarks(after));
}

function setFormat(attributes: Attributes, content: Y.ContentFormat): void {
  if (content.value === null || content.value === undefined) attributes.delete(content.key);
  else attributes.set(content.key, content.value);
}

function judgeItem(
  rules: CharacterRules,
  added: boolean,
  existedBefore: boolean,
  existsAfter: boolean,
  content: Y.Item['content'],
  before: Attributes,
  after: Attributes,
): ServerSentence | null {
  if (added) {
    if (!existsAfter) return null;
    if (!(content instanceof Y.ContentString)) return say('server.rule.textOnly', {});
    return judgeInserted(rules, after, before);
  }
  if (!existedBefore) return null;
  if (!existsAfter) return judgeRemoved(rules, before);
  return sameAttributes(before, after) ? null : judgeRemarked(rules, before, after);
}
