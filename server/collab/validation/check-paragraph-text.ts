import * as Y from 'yjs';
import { getLabel, getStatus, type ParagraphMap } from '@/lib/negotiation/draft-doc';
import { can } from '@/lib/negotiation/policy';
import type { ParagraphStatus } from '@/lib/negotiation/schema';
import { isTextLocked } from '@/lib/negotiation/statuses';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';
import { canonicalMarks, sameAttributes, type Attributes } from './attribute-maps';
import { createCharacterRules, judgeInserted, judgeRemarked, judgeRemoved, type CharacterRules, type MarkClaims } from './character-rules';
import { judgeVisibleText } from './judge-visible-text';
import { refuse, type ValidationActor, type ValidationRefusal } from './types';

export interface ParagraphTextChange {
  transaction: Y.Transaction;
  actor: ValidationActor;
  paragraphId: string;
  paragraph: ParagraphMap;
  text: Y.XmlText;
  marks: MarkClaims;
}

/**
 * Judges what one transaction did to one paragraph's text, character by character, from the
 * integrated result. YTextEvent.delta is not used: computing it can delete redundant format
 * items (mutating the shadow) and it carries no marks for deleted text. Instead the items are
 * walked once, tombstones included, replaying format items into a "before" and an "after"
 * view of the marks in force at each point.
 */
export function checkParagraphText(change: ParagraphTextChange): ValidationRefusal | null {
  const { actor, paragraph, paragraphId } = change;
  const label = getLabel(paragraph);
  const status = getStatus(paragraph);
  const statusReason = statusRefusal(actor, status, label);
  if (statusReason !== null) return refuse(statusReason, paragraphId);
  const rules = createCharacterRules(actor, status, change.marks);
  const reason = walkText(change.text, change.transaction, rules);
  if (reason === null) return null;
  // The walk judges items; y-prosemirror may move marks between equal characters (see there).
  if (judgeVisibleText(change.text, change.transaction, rules) === null) return null;
  return refuse(say('server.refused.paragraphRule', { label, rule: reason }), paragraphId);
}

function statusRefusal(actor: ValidationActor, status: ParagraphStatus, label: string): ServerSentence | null {
  if (isTextLocked(status)) {
    return say(status === 'agreed' ? 'server.refused.paragraphAgreed' : 'server.refused.paragraphDeleted', { label });
  }
  // Neither clean text nor a proposal may be written here: a delegate in a paragraph that is not open.
  if (!can(actor, 'decide', { paragraphStatus: status }) && !can(actor, 'propose', { paragraphStatus: status })) {
    return say('server.refused.paragraphNotOpen', { label, status: say(`server.status.${status}`, {}) });
  }
  return null;
}

// Bound once: in the CommonJS build every `Y.x` is a getter call, and this loop runs per item.
const { ContentFormat, ContentString, isDeleted } = Y;

function walkText(text: Y.XmlText, transaction: Y.Transaction, rules: CharacterRules): ServerSentence | null {
  // While the two views agree (everywhere before the first format item present in only one of
  // them) they share one map, and an untouched character cannot have changed marks: this keeps
  // the walk cheap on long texts with a long history.
  const before: Attributes = new Map();
  let after: Attributes = before;
  const { beforeState, deleteSet } = transaction;
  // Neighbouring items are often by the same client; this saves a Map lookup per item.
  let client = -1;
  let clientClockBefore = 0;
  for (let item = text._start; item !== null; item = item.right) {
    if (item.id.client !== client) {
      client = item.id.client;
      clientClockBefore = beforeState.get(client) ?? 0;
    }
    const added = item.id.clock >= clientClockBefore;
    const existsAfter = !item.deleted;
    const existedBefore = !added && (existsAfter || isDeleted(deleteSet, item.id));
    const content = item.content;
    if (content instanceof ContentFormat) {
      if (existedBefore === existsAfter) {
        if (!existsAfter) continue;
        applyFormat(before, content.key, content.value);
        if (after !== before) applyFormat(after, content.key, content.value);
        continue;
      }
      if (after === before) after = new Map(before);
      applyFormat(existedBefore ? before : after, content.key, content.value);
      if (sameAttributes(before, after)) after = before;
      continue;
    }
    if (!added && existedBefore && existsAfter && after === before) continue;
    const reason = judgeItem(rules, { added, existedBefore, existsAfter, content, before, after });
    if (reason !== null) return reason;
  }
  return null;
}

/** A format item sets a key from here on; `null` ends the mark. Local: this runs per format item. */
function applyFormat(attributes: Attributes, key: string, value: unknown): void {
  if (value === null || value === undefined) attributes.delete(key);
  else attributes.set(key, value);
}

interface ItemState {
  added: boolean;
  existedBefore: boolean;
  existsAfter: boolean;
  content: Y.Item['content'];
  before: Attributes;
  after: Attributes;
}

function judgeItem(rules: CharacterRules, state: ItemState): ServerSentence | null {
  const { added, existedBefore, existsAfter } = state;
  const before = canonicalMarks(state.before);
  const after = state.after === state.before ? before : canonicalMarks(state.after);
  if (added) {
    if (!existsAfter) return null;
    if (!(state.content instanceof ContentString)) return say('server.rule.textOnly', {});
    return judgeInserted(rules, after, before);
  }
  if (!existedBefore) return null;
  if (!existsAfter) return judgeRemoved(rules, before);
  return sameAttributes(before, after) ? null : judgeRemarked(rules, before, after);
}
