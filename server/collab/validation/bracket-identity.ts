import * as Y from 'yjs';
import { getLabel, getParagraph, getParagraphText } from '@/lib/negotiation/draft-doc';
import { isBracketMarkAttrs, markNameOfKey } from '@/lib/negotiation/marks';
import { CHAIR_DELEGATION, MARKS, SPOT_FORMS } from '@/lib/negotiation/schema';
import { sameValue } from './attribute-maps';
import { bracketIdsIn, type BracketLedger } from './bracket-ledger';
import { isItemDeleted } from './is-item-deleted';
import { refuse, type ValidationActor, type ValidationRefusal } from './types';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * Brackets carry an identity: two adjacent brackets stay two, alternatives of one spot are told
 * apart, and nested brackets are kept apart. A bracket the chair or the secretariat places must
 * say who placed it and carry an id of its own; an id names one bracket, so it may cover more
 * text only where that bracket already is (y-tiptap extends a bracket by giving the neighbouring
 * characters the very same mark), never a second passage elsewhere in the draft.
 */

export const BRACKET_ID_MAX = 100;
const ATTRIBUTE_MAX = 1_000;

const NEEDS_ID = say('server.rule.bracketNeedsId', { max: BRACKET_ID_MAX });
const MALFORMED = say('server.rule.bracketMalformed', {});
const UNKNOWN_DELEGATION = say('server.rule.bracketDelegation', {});
const ID_TAKEN = say('server.rule.bracketIdTaken', {});

/** Null when `value` is a well-formed bracket its placer may put down; `by` is checked by the caller. */
export function judgeNewBracket(actor: ValidationActor, value: unknown): ServerSentence | null {
  if (!isBracketMarkAttrs(value)) return MALFORMED;
  const { id, spot, form, option, noText, delegation, note } = value;
  if (typeof id !== 'string' || id.length === 0 || id.length > BRACKET_ID_MAX) return NEEDS_ID;
  if (!optionalText(spot, BRACKET_ID_MAX) || !optionalText(option, BRACKET_ID_MAX) || !optionalText(note, ATTRIBUTE_MAX)) return MALFORMED;
  if (form !== undefined && form !== null && !SPOT_FORMS.includes(form)) return MALFORMED;
  if (noText !== undefined && noText !== null && typeof noText !== 'boolean') return MALFORMED;
  if (!optionalText(delegation, BRACKET_ID_MAX)) return MALFORMED;
  if (typeof delegation === 'string' && delegation !== CHAIR_DELEGATION && !actor.knownDelegations.has(delegation)) return UNKNOWN_DELEGATION;
  return null;
}

function optionalText(value: unknown, max: number): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.length <= max);
}

interface Extent {
  paragraphId: string;
  value: unknown;
  /** Whether the last character read carried the id. */
  open: boolean;
}

export interface BracketIdCheck {
  doc: Y.Doc;
  /** The ids of the brackets the update placed on text. */
  placed: ReadonlySet<string>;
  /** [id, paragraph] of every bracket format item the update added, even one that marks no text yet. */
  opened: readonly (readonly [string, string])[];
  /** The paragraphs the update changed: the only ones where it can have placed them. */
  changed: ReadonlySet<string>;
  /** Where each id was seen before; the other paragraphs are read only when they may hold one. */
  ledger: BracketLedger;
  /** Filled, when the update passes, with the paragraph each placed id covers, for the ledger. */
  found?: Map<string, string>;
}

/**
 * After the update: every id it placed covers one unbroken passage of one paragraph, with the
 * same attributes throughout, and no other paragraph holds an id it placed or opened. A bracket
 * opened over no text counts, since text typed into it later takes its mark without placing
 * anything. (An opened id is not held to one passage: re-opening a bracket after a new one
 * written over its middle, as Yjs does, splits it.) Reads the paragraphs the update changed,
 * and another paragraph only where the ledger has seen one of those ids, so its cost does not
 * grow with the draft.
 */
export function checkBracketIds({ doc, placed, opened, changed, ledger, found }: BracketIdCheck): ValidationRefusal | null {
  if (placed.size === 0 && opened.length === 0) return null;
  const extents = new Map<string, Extent>();
  for (const paragraphId of placed.size === 0 ? [] : changed) {
    const paragraph = getParagraph(doc, paragraphId);
    const text = paragraph && getParagraphText(paragraph);
    if (!text) continue;
    for (const extent of extents.values()) extent.open = false;
    const reason = readParagraph(text, paragraphId, placed, extents);
    if (reason !== null) return refuse(say('server.refused.bracketRule', { label: getLabel(paragraph), rule: reason }), paragraphId);
  }
  const homes = new Map<string, string>();
  for (const [id, extent] of extents) homes.set(id, extent.paragraphId);
  for (const [id, paragraphId] of opened) {
    const home = homes.get(id) ?? paragraphId;
    if (home !== paragraphId) return idTaken(doc, paragraphId);
    homes.set(id, home);
  }
  for (const [id, home] of homes) {
    for (const elsewhere of [...(ledger.placesOf(id) ?? [])]) {
      if (elsewhere === home) continue;
      if (holdsId(doc, elsewhere, id)) return idTaken(doc, home);
      ledger.forget(id, elsewhere);
    }
  }
  if (found) for (const [id, extent] of extents) found.set(id, extent.paragraphId);
  return null;
}

function idTaken(doc: Y.Doc, paragraphId: string): ValidationRefusal {
  const paragraph = getParagraph(doc, paragraphId);
  return refuse(say('server.refused.bracketRule', { label: paragraph ? getLabel(paragraph) : paragraphId, rule: ID_TAKEN }), paragraphId);
}

/** A bracket mark (not another mark with an `id`) whose id is one of `placed`. */
function carriesPlacedId(content: Y.ContentFormat, placed: ReadonlySet<string>): boolean {
  const id = (content.value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && placed.has(id) && markNameOfKey(content.key) === MARKS.bracket;
}

/** Whether a live format item of the paragraph carries the bracket `id`, over text or not (yet). */
function holdsId(doc: Y.Doc, paragraphId: string, id: string): boolean {
  const paragraph = getParagraph(doc, paragraphId);
  const text = paragraph && getParagraphText(paragraph);
  return text !== undefined && bracketIdsIn(text).has(id);
}

// Bound once: in the CommonJS build every `Y.x` is a getter call, and the loop runs per item.
const { ContentFormat } = Y;

/**
 * Reads where the placed ids lie in one paragraph. Only bracket marks carrying one of those ids
 * matter, so only they are kept while walking (`brackets`): every other format item just ends
 * whatever its key carried, and a character under none of them costs one size check (the
 * extents are closed once, at the first such character after a bracketed one). The caller
 * closes every extent before each paragraph.
 */
function readParagraph(text: Y.XmlText, paragraphId: string, placed: ReadonlySet<string>, extents: Map<string, Extent>): ServerSentence | null {
  const brackets = new Map<string, unknown>();
  let lastCharacterBracketed = false;
  for (let item = text._start; item !== null; item = item.right) {
    if (isItemDeleted(item)) continue;
    const content = item.content;
    if (content instanceof ContentFormat) {
      if (carriesPlacedId(content, placed)) brackets.set(content.key, content.value);
      else if (brackets.size > 0) brackets.delete(content.key);
      continue;
    }
    if (brackets.size === 0) {
      if (lastCharacterBracketed) for (const extent of extents.values()) extent.open = false;
      lastCharacterBracketed = false;
      continue;
    }
    lastCharacterBracketed = true;
    let here: Map<string, unknown> | null = null;
    for (const value of brackets.values()) {
      const id = (value as { id: string }).id;
      here ??= new Map();
      if (here.has(id) && !sameValue(here.get(id), value)) return ID_TAKEN;
      here.set(id, value);
    }
    for (const [id, extent] of extents) {
      if (here === null || !here.has(id)) extent.open = false;
    }
    if (here === null) continue;
    for (const [id, value] of here) {
      const extent = extents.get(id);
      if (extent === undefined) {
        extents.set(id, { paragraphId, value, open: true });
        continue;
      }
      if (!extent.open || extent.paragraphId !== paragraphId || !sameValue(extent.value, value)) return ID_TAKEN;
    }
  }
  return null;
}
