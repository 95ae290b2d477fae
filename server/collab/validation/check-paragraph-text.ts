import type * as Y from 'yjs';
import { getLabel, getStatus, type ParagraphMap } from '@/lib/negotiation/draft-doc';
import { can } from '@/lib/negotiation/policy';
import type { ParagraphStatus } from '@/lib/negotiation/schema';
import { isTextLocked } from '@/lib/negotiation/statuses';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';
import { createCharacterRules, type MarkClaims } from './character-rules';
import { judgeVisibleText } from './judge-visible-text';
import { judgeAddedBrackets } from './added-brackets';
import { walkChangedText } from './walk-changed-text';
import { refuse, type ValidationActor, type ValidationRefusal } from './types';

export interface ParagraphTextChange {
  transaction: Y.Transaction;
  actor: ValidationActor;
  paragraphId: string;
  paragraph: ParagraphMap;
  text: Y.XmlText;
  marks: MarkClaims;
  /** The items the transaction added to or removed from this text. */
  changedItems: ReadonlySet<Y.Item>;
  /** The bracket format items among them that it added (see added-brackets.ts). */
  addedBrackets: readonly Y.ContentFormat[];
}

/**
 * Judges what one transaction did to one paragraph's text, character by character, from the
 * integrated result (see walk-changed-text.ts), after the paragraph's status.
 */
export function checkParagraphText(change: ParagraphTextChange): ValidationRefusal | null {
  const { actor, paragraph, paragraphId } = change;
  const status = getStatus(paragraph);
  const statusReason = statusRefusal(actor, status, paragraph);
  if (statusReason !== null) return refuse(statusReason, paragraphId);
  const rules = createCharacterRules(actor, status, change.marks);
  const { text, transaction, changedItems } = change;
  let reason = walkChangedText({ text, transaction, changedItems, rules });
  // The walk judges items; y-prosemirror may move marks between equal characters (see there).
  if (reason !== null && judgeVisibleText(text, transaction, rules) === null) reason = null;
  reason ??= judgeAddedBrackets(text, transaction, change.addedBrackets, rules);
  if (reason === null) return null;
  return refuse(say('server.refused.paragraphRule', { label: getLabel(paragraph), rule: reason }), paragraphId);
}

/** The label is read only for a refusal: on the accepted path it would be one more map read per update. */
function statusRefusal(actor: ValidationActor, status: ParagraphStatus, paragraph: ParagraphMap): ServerSentence | null {
  if (isTextLocked(status)) {
    return say(status === 'agreed' ? 'server.refused.paragraphAgreed' : 'server.refused.paragraphDeleted', { label: getLabel(paragraph) });
  }
  // Neither clean text nor a proposal may be written here: a delegate in a paragraph that is not open.
  if (!can(actor, 'decide', { paragraphStatus: status }) && !can(actor, 'propose', { paragraphStatus: status })) {
    return say('server.refused.paragraphNotOpen', { label: getLabel(paragraph), status: say(`server.status.${status}`, {}) });
  }
  return null;
}
