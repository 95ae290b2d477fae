import * as Y from 'yjs';
import { getLabel } from '@/lib/negotiation/draft-doc';
import { can } from '@/lib/negotiation/policy';
import { DOC_KEYS, PARAGRAPH_KEYS } from '@/lib/negotiation/schema';
import { checkParagraphText } from './check-paragraph-text';
import type { ChangedPlace } from './locate-changed-type';
import { checkBracketIds } from './bracket-identity';
import { collectChangedItems, type ChangedItems } from './collect-changed-items';
import { bracketIdOf, type BracketLedger } from './bracket-ledger';
import type { MarkClaims } from './character-rules';
import { refuse, type ValidationActor, type ValidationRefusal } from './types';
import { addedBracketFormats } from './added-brackets';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

export interface TransactionCheck {
  transaction: Y.Transaction;
  actor: ValidationActor;
  /** client id → user id of whoever first wrote with it. */
  owners: ReadonlyMap<number, string>;
  /** Filled with the unowned client ids this update writes with; bound only if it is accepted. */
  newClients: number[];
  /** The proposal ids the update uses (checked against who owns them) and the brackets it places. */
  marks: MarkClaims;
  /** The paragraphs this transaction changed. */
  paragraphs: ReadonlySet<string>;
  /** Where bracket ids were seen before this update. */
  brackets: BracketLedger;
  /** Filled with the paragraph each bracket id this transaction placed covers. */
  bracketPlaces: Map<string, string>;
  /** Filled with [id, paragraph] for every bracket format item the transaction added: the ledger's, once accepted. */
  bracketFormats: [string, string][];
  /** What the transaction changed (one entry per type in `transaction.changed`), located in the draft. */
  places: readonly ChangedPlace[];
}

/**
 * Judges one transaction produced by a client update on the room's document, inside `afterTransaction` (before
 * garbage collection replaces deleted content). Returns the first refusal, or null.
 */
export function checkTransaction(check: TransactionCheck): ValidationRefusal | null {
  const { transaction, actor } = check;
  const advanced = advancedClients(transaction);
  if (advanced.length === 0 && transaction.deleteSet.clients.size === 0) return null;
  if (!can(actor, 'writeText')) return refuse(say('server.refused.readOnlyRole', {}));
  const invisible = invisibleGrowth(transaction, advanced);
  if (invisible !== null) return invisible;
  for (const client of advanced) {
    const owner = check.owners.get(client);
    if (owner === undefined) check.newClients.push(client);
    else if (owner !== actor.userId) {
      return refuse(say('server.refused.foreignSession', {}));
    }
  }
  // Read once per transaction, and only if a paragraph's text is among what it changed.
  let changedItems: ChangedItems | null = null;
  for (const place of check.places) {
    let refusal: ValidationRefusal | null;
    if (place.kind === 'paragraphText') {
      changedItems ??= collectChangedItems({ transaction, advanced });
      const items = changedItems.get(place.text) ?? NO_ITEMS;
      const { paragraphId, paragraph, text } = place;
      const addedBrackets = addedBracketFormats(items, transaction);
      for (const content of addedBrackets) {
        const id = bracketIdOf(content);
        if (id !== null) check.bracketFormats.push([id, paragraphId]);
      }
      refusal = checkParagraphText({ transaction, actor, marks: check.marks, paragraphId, paragraph, text, changedItems: items, addedBrackets });
    } else {
      refusal = placeRefusal(place, check);
    }
    if (refusal !== null) return refusal;
  }
  const { marks, paragraphs: changed, brackets: ledger, bracketPlaces: found, bracketFormats } = check;
  return checkBracketIds({ doc: transaction.doc, placed: marks.placedBrackets, opened: bracketFormats, changed, ledger, found });
}

/**
 * More clock than anyone types in one update. A client id's clock only grows; an update that
 * claims millions of clocks (as a garbage-collected or deleted run, which costs a few bytes)
 * would bind a client id and bloat every state vector without showing anything.
 */
export const MAX_CLOCK_ADVANCE = 1 << 22;

/**
 * Refuses structs that change nothing: garbage-collected runs that belong to no type (an honest
 * client sends text it typed and deleted as deleted items in their paragraph, with its
 * deletions), and clocks advanced absurdly far.
 */
function invisibleGrowth(transaction: Y.Transaction, advanced: number[]): ValidationRefusal | null {
  let advance = 0;
  for (const client of advanced) advance += (transaction.afterState.get(client) ?? 0) - (transaction.beforeState.get(client) ?? 0);
  if (advance > MAX_CLOCK_ADVANCE) return refuse(say('server.refused.clockAdvance', {}));
  if (advanced.length > 0 && transaction.changed.size === 0 && transaction.deleteSet.clients.size === 0) {
    return refuse(say('server.refused.addsNothing', {}));
  }
  return null;
}

function advancedClients(transaction: Y.Transaction): number[] {
  const clients: number[] = [];
  for (const [client, clock] of transaction.afterState) {
    if (clock > (transaction.beforeState.get(client) ?? 0)) clients.push(client);
  }
  return clients;
}

const NO_ITEMS: ReadonlySet<Y.Item> = new Set();

/** Every change outside a paragraph's words is refused; this says why. */
function placeRefusal(place: Exclude<ChangedPlace, { kind: 'paragraphText' }>, { transaction, actor }: TransactionCheck): ValidationRefusal {
  const presiding = can(actor, 'setStatus');
  const onlyChair = (what: ChairPart, label = ''): ServerSentence => say(`server.refused.${what}${presiding ? 'ByControls' : 'ChairOnly'}`, { label });
  switch (place.kind) {
    case 'paragraphDetails':
      return refuse(onlyChair(detailsPart(place.keys), getLabel(place.paragraph)), place.paragraphId);
    case 'paragraphStructure':
      return refuse(say('server.refused.paragraphLayout', { label: getLabel(place.paragraph) }), place.paragraphId);
    case 'paragraphList':
      return paragraphListRefusal(place.keys, transaction, onlyChair);
    case 'order':
      return refuse(onlyChair('order'));
    case 'proposals':
      return refuse(say('server.refused.positionsByButtons', {}));
    case 'room':
      return refuse(onlyChair('focus'));
    case 'unknown':
      return refuse(say('server.refused.unknownPart', {}));
  }
}

/** What only the chair changes; each has its sentence for the chair (use the controls) and for others. */
type ChairPart = 'status' | 'number' | 'details' | 'order' | 'focus' | 'paragraphList';

function detailsPart(keys: Set<string | null>): ChairPart {
  if (keys.has(PARAGRAPH_KEYS.status)) return 'status';
  if (keys.has(PARAGRAPH_KEYS.label)) return 'number';
  return 'details';
}

function paragraphListRefusal(
  keys: Set<string | null>,
  transaction: Y.Transaction,
  onlyChair: (what: ChairPart) => ServerSentence,
): ValidationRefusal {
  for (const key of keys) {
    if (key !== null && !existedBefore(transaction, key)) {
      return refuse(say('server.refused.noSuchParagraph', { label: key }), key);
    }
  }
  return refuse(onlyChair('paragraphList'));
}

/** Whether the paragraphs map had a live entry for `key` before this transaction. */
function existedBefore(transaction: Y.Transaction, key: string): boolean {
  const paragraphs = transaction.doc.share.get(DOC_KEYS.paragraphs);
  for (let item = paragraphs?._map.get(key) ?? null; item !== null; item = item.left) {
    const added = item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
    if (!added && (!item.deleted || Y.isDeleted(transaction.deleteSet, item.id))) return true;
  }
  return false;
}
