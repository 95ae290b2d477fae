import * as Y from 'yjs';
import { getParagraph, getParagraphText, getStatus, paragraphIds } from '@/lib/negotiation/draft-doc';
import { isBracketMarkAttrs, isProposalMarkAttrs, markNameOfKey } from '@/lib/negotiation/marks';
import { CHAIR_DELEGATION, MARKS } from '@/lib/negotiation/schema';
import { isTextLocked } from '@/lib/negotiation/statuses';
import type { ValidationActor } from '@/server/collab/validation/types';

/**
 * An independent statement of the rules, used by the randomized test to judge what an accepted
 * update did to the main document. It works on rendered runs (toDelta), not on Yjs items, so
 * that it shares no code and no reasoning with the validator it checks.
 */

interface Run {
  insert: string;
  attributes?: Record<string, unknown>;
}

export interface DraftPicture {
  /** paragraph id → runs */
  runs: Map<string, Run[]>;
  locked: Set<string>;
  /** Everything but the texts, as JSON. */
  rest: string;
}

export function pictureDraft(doc: Y.Doc): DraftPicture {
  const runs = new Map<string, Run[]>();
  const locked = new Set<string>();
  const rest: Record<string, unknown> = { order: doc.getArray('order').toJSON(), proposals: doc.getMap('proposals').toJSON(), room: doc.getMap('room').toJSON() };
  for (const id of paragraphIds(doc)) {
    const paragraph = getParagraph(doc, id);
    if (!paragraph) continue;
    runs.set(id, (getParagraphText(paragraph)?.toDelta() ?? []) as Run[]);
    if (isTextLocked(getStatus(paragraph))) locked.add(id);
    rest[id] = Object.fromEntries([...paragraph.entries()].filter(([key]) => key !== 'text'));
  }
  return { runs, locked, rest: JSON.stringify(rest) };
}

/** Returns a description of the first broken rule, or null. */
export function brokenRule(before: DraftPicture, after: DraftPicture, actor: ValidationActor): string | null {
  if (before.rest !== after.rest) return 'a client update changed something other than paragraph text';
  for (const [id, runs] of after.runs) {
    const was = before.runs.get(id) ?? [];
    if (before.locked.has(id) && JSON.stringify(was) !== JSON.stringify(runs)) return `locked paragraph ${id} changed`;
    const newMark = unexpectedNewMark(was, runs, actor);
    if (newMark) return `paragraph ${id}: ${newMark}`;
    const scattered = scatteredNewBracket(before, after, id);
    if (scattered) return `paragraph ${id}: ${scattered}`;
    if (actor.role === 'delegate' && JSON.stringify(othersView(was, actor)) !== JSON.stringify(othersView(runs, actor))) {
      return `paragraph ${id}: a delegate changed text or marks that are not its own delegation's`;
    }
  }
  return null;
}

function markValues(runs: Run[]): Set<string> {
  const values = new Set<string>();
  for (const run of runs) {
    for (const [key, value] of Object.entries(run.attributes ?? {})) values.add(`${markNameOfKey(key)}:${JSON.stringify(value)}`);
  }
  return values;
}

function unexpectedNewMark(was: Run[], runs: Run[], actor: ValidationActor): string | null {
  const old = markValues(was);
  for (const run of runs) {
    for (const [key, value] of Object.entries(run.attributes ?? {})) {
      const name = markNameOfKey(key);
      if (old.has(`${name}:${JSON.stringify(value)}`)) continue;
      if (!mayIntroduce(actor, name, value)) return `new mark ${key}=${JSON.stringify(value)} by ${actor.role}`;
    }
  }
  return null;
}

function mayIntroduce(actor: ValidationActor, name: string | null, value: unknown): boolean {
  if (name === MARKS.bracket) {
    const id = (value as { id?: unknown } | null)?.id;
    const named = typeof id === 'string' && id.length > 0 && id.length <= 100;
    return actor.role !== 'delegate' && isBracketMarkAttrs(value) && value.by === actor.userId && named;
  }
  if (name !== MARKS.insertion && name !== MARKS.deletion) return false;
  if (!isProposalMarkAttrs(value) || value.author !== actor.userId) return false;
  if (actor.role === 'delegate') return value.delegation === actor.delegationId;
  if (actor.role === 'chair') return value.delegation === CHAIR_DELEGATION;
  return actor.role === 'secretariat' && actor.knownDelegations.has(value.delegation);
}

/**
 * A bracket value new in this paragraph must cover one unbroken passage, and its id appear
 * nowhere else in the draft with another value or in another passage.
 */
function scatteredNewBracket(before: DraftPicture, after: DraftPicture, paragraphId: string): string | null {
  const old = markValues(before.runs.get(paragraphId) ?? []);
  const fresh = new Set<string>();
  for (const run of after.runs.get(paragraphId) ?? []) {
    for (const [key, value] of Object.entries(run.attributes ?? {})) {
      const id = (value as { id?: unknown } | null)?.id;
      if (markNameOfKey(key) === MARKS.bracket && typeof id === 'string' && !old.has(`${MARKS.bracket}:${JSON.stringify(value)}`)) fresh.add(id);
    }
  }
  for (const id of fresh) {
    const passages: string[] = [];
    for (const [otherId, runs] of after.runs) {
      let open = false;
      for (const run of runs) {
        const values = Object.entries(run.attributes ?? {})
          .filter(([key, value]) => markNameOfKey(key) === MARKS.bracket && (value as { id?: unknown } | null)?.id === id)
          .map(([, value]) => JSON.stringify(value));
        if (values.length === 0) {
          open = false;
          continue;
        }
        if (!open) passages.push(`${otherId}:${values.join('|')}`);
        else if (!passages.at(-1)?.endsWith(values.join('|'))) passages.push(`${otherId}:${values.join('|')}`);
        open = true;
      }
    }
    if (passages.length > 1) return `bracket id ${id} placed over ${passages.length} passages`;
  }
  return null;
}

/**
 * What a delegate may not touch: every character not proposed by its own delegation, with its
 * marks minus its own delegation's deletion proposals.
 */
function othersView(runs: Run[], actor: ValidationActor): string[] {
  const view: string[] = [];
  for (const run of runs) {
    const attributes = Object.entries(run.attributes ?? {});
    const own = (wanted: string) => ([key, value]: [string, unknown]) =>
      markNameOfKey(key) === wanted && isProposalMarkAttrs(value) && value.delegation === actor.delegationId;
    if (attributes.some(own(MARKS.insertion))) continue;
    const kept = attributes
      .filter((entry) => !own(MARKS.deletion)(entry))
      .map(([key, value]) => `${markNameOfKey(key)}:${JSON.stringify(value)}`)
      .sort()
      .join('|');
    for (const char of run.insert) view.push(`${char}${kept}`);
  }
  return view;
}

/** Live characters written by a delegate's client that do not carry its own delegation's insertion. */
export function unmarkedDelegateText(doc: Y.Doc, delegateOfClient: Map<number, ValidationActor>): string[] {
  const problems: string[] = [];
  for (const id of paragraphIds(doc)) {
    const paragraph = getParagraph(doc, id);
    const text = paragraph && getParagraphText(paragraph);
    if (!text) continue;
    const marks = new Map<string, unknown>();
    for (let item = text._start; item !== null; item = item.right) {
      if (item.deleted) continue;
      if (item.content instanceof Y.ContentFormat) {
        if (item.content.value === null) marks.delete(item.content.key);
        else marks.set(item.content.key, item.content.value);
        continue;
      }
      const writer = delegateOfClient.get(item.id.client);
      if (!writer) continue;
      const carries = [...marks].some(
        ([key, value]) =>
          markNameOfKey(key) === MARKS.insertion && isProposalMarkAttrs(value) && value.delegation === writer.delegationId && value.author === writer.userId,
      );
      if (!carries) problems.push(`${id}: "${item.content.getContent().join('')}" by ${writer.userId}`);
    }
  }
  return problems;
}
