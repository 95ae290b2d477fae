import * as Y from 'yjs';
import { getLabel, getParagraph, getParagraphText, type ParagraphMap } from '@/lib/negotiation/draft-doc';
import { isBracketMarkAttrs, markNameOfKey } from '@/lib/negotiation/marks';
import { CHAIR_DELEGATION, MARKS, SPOT_FORMS } from '@/lib/negotiation/schema';
import { sameValue } from './attribute-maps';
import { bracketIdOf, type BracketLedger } from './bracket-ledger';
import { isItemDeleted, mayBeLiveFormat } from './is-item-deleted';
import { refuse, type ValidationActor, type ValidationRefusal } from './types';
import type { JudgedStretch } from './walk-changed-text';
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

/** A changed paragraph's text, and the stretch of it the walk judged when the change passed on it. */
export interface JudgedParagraph extends JudgedStretch {
  paragraph: ParagraphMap;
  text: Y.XmlText;
}

export interface BracketIdCheck {
  doc: Y.Doc;
  /** The ids of the brackets the update placed. */
  placed: ReadonlySet<string>;
  /** The paragraphs the update changed: the only ones where it can have placed them. */
  changed: ReadonlySet<string>;
  /** Where each id was seen before; the other paragraphs are read only when they may hold one. */
  ledger: BracketLedger;
  /** Paragraphs a server change may have given format items the ledger has not read yet. */
  unread: ReadonlySet<string>;
  /** Per changed paragraph, the stretch its walk judged. */
  judged: ReadonlyMap<string, JudgedParagraph>;
  /** Filled, when the update passes, with the paragraph each placed id covers, for the ledger. */
  found?: Map<string, string>;
}

/**
 * After the update: every id it placed covers one unbroken passage of one paragraph, with the
 * same attributes throughout. Reads the paragraphs the update changed, and another paragraph
 * only where the ledger has seen one of those ids, so its cost does not grow with the draft.
 *
 * A changed paragraph is read whole unless none of the placed ids was in it before (the usual
 * case: a new bracket has a new id). Then every format item carrying one of them is new, so it
 * lies in the stretch the walk judged, and so does every character it marks: right of that
 * stretch every character carries the marks it had before, which held none of these ids.
 */
export function checkBracketIds({ doc, placed, changed, ledger, unread, judged, found }: BracketIdCheck): ValidationRefusal | null {
  if (placed.size === 0) return null;
  const extents = new Map<string, Extent>();
  for (const paragraphId of changed) {
    const known = judged.get(paragraphId);
    const paragraph = known?.paragraph ?? getParagraph(doc, paragraphId);
    const text = known?.text ?? (paragraph && getParagraphText(paragraph));
    if (!paragraph || !text) continue;
    for (const extent of extents.values()) extent.open = false;
    const span = known !== undefined && newToParagraph(placed, paragraphId, ledger, unread) ? known : { first: text._start, end: null };
    const reason = readParagraph(span, paragraphId, placed, extents);
    if (reason !== null) return refuse(say('server.refused.bracketRule', { label: getLabel(paragraph), rule: reason }), paragraphId);
  }
  for (const [id, extent] of extents) {
    for (const elsewhere of [...(ledger.placesOf(id) ?? [])]) {
      if (changed.has(elsewhere)) continue;
      const there = readElsewhere(doc, elsewhere, id);
      if (there === 'nothing') ledger.forget(id, elsewhere);
      if (there !== 'text') continue;
      const paragraph = getParagraph(doc, extent.paragraphId);
      return refuse(say('server.refused.bracketRule', { label: paragraph ? getLabel(paragraph) : extent.paragraphId, rule: ID_TAKEN }), extent.paragraphId);
    }
  }
  if (found) for (const [id, extent] of extents) found.set(id, extent.paragraphId);
  return null;
}

/** Whether no format item in the paragraph carried any of the ids before this update (the ledger knows every one that did). */
function newToParagraph(placed: ReadonlySet<string>, paragraphId: string, ledger: BracketLedger, unread: ReadonlySet<string>): boolean {
  if (unread.has(paragraphId)) return false;
  for (const id of placed) if (ledger.placesOf(id)?.has(paragraphId)) return false;
  return true;
}

/** A bracket mark (not another mark with an `id`) whose id is one of `placed`. */
function carriesPlacedId(content: Y.ContentFormat, placed: ReadonlySet<string>): boolean {
  const id = (content.value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && placed.has(id) && markNameOfKey(content.key) === MARKS.bracket;
}

/**
 * What another paragraph holds of the bracket `id`: marked text, only a format item carrying
 * it (over no text yet: typing there would give the text the mark), or nothing, so the ledger
 * may forget it there.
 */
function readElsewhere(doc: Y.Doc, paragraphId: string, id: string): 'text' | 'formatOnly' | 'nothing' {
  const paragraph = getParagraph(doc, paragraphId);
  const text = paragraph && getParagraphText(paragraph);
  if (!text) return 'nothing';
  const extents = new Map<string, Extent>();
  readParagraph({ first: text._start, end: null }, paragraphId, new Set([id]), extents);
  if (extents.has(id)) return 'text';
  for (let item = text._start; item !== null; item = item.right) {
    if (mayBeLiveFormat(item) && item.content instanceof ContentFormat && bracketIdOf(item.content) === id) return 'formatOnly';
  }
  return 'nothing';
}

// Bound once: in the CommonJS build every `Y.x` is a getter call, and the loop runs per item.
const { ContentFormat } = Y;

/**
 * Reads where the placed ids lie in one paragraph (or the stretch of it that may hold them, see
 * above). Only bracket marks carrying one of those ids
 * matter, so only they are kept while walking (`brackets`): every other format item just ends
 * whatever its key carried, and a character under none of them costs one size check (the
 * extents are closed once, at the first such character after a bracketed one). The caller
 * closes every extent before each paragraph.
 */
/** Items from `first` up to `end` (excluded; null: the text's end). */
interface Span {
  first: Y.Item | null;
  end: Y.Item | null;
}

function readParagraph(span: Span, paragraphId: string, placed: ReadonlySet<string>, extents: Map<string, Extent>): ServerSentence | null {
  const brackets = new Map<string, unknown>();
  let lastCharacterBracketed = false;
  for (let item: Y.Item | null = span.first; item !== null && item !== span.end; item = item.right) {
    if (isItemDeleted(item)) continue;
    const content = mayBeLiveFormat(item) ? item.content : null;
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
