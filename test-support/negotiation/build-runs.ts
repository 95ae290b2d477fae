import * as Y from 'yjs';
import type { Actor } from '@/lib/negotiation/actor';
import { insertParagraph, type NewParagraph, type TextRun } from '@/lib/negotiation/draft-doc';
import type { ApplyOptions } from '@/lib/negotiation/commands/context';
import type { BracketMarkAttrs } from '@/lib/negotiation/schema';

/** Fixtures for the negotiation model's unit tests (not used by production code). */

export const MEXICO = 'd-mexico';
export const CANADA = 'd-canada';
export const EU = 'd-eu';
export const AT = '2026-06-29T10:00:00.000Z';

export const NAMES: Record<string, string> = { [MEXICO]: 'Mexico', [CANADA]: 'Canada', [EU]: 'European Union' };
export const names = (id: string): string => NAMES[id] ?? id;

export const actors = {
  secretariat: { userId: 'u-sec', role: 'secretariat', delegationId: null },
  chair: { userId: 'u-chair', role: 'chair', delegationId: null },
  mexico: { userId: 'u-mex', role: 'delegate', delegationId: MEXICO },
  canada: { userId: 'u-can', role: 'delegate', delegationId: CANADA },
  observer: { userId: 'u-obs', role: 'observer', delegationId: 'd-unodc-ngo' },
  viewer: { userId: 'u-view', role: 'viewer', delegationId: null },
} satisfies Record<string, Actor>;

export function plain(text: string): TextRun {
  return { insert: text };
}

function proposalRun(mark: string, text: string, proposal: string, delegation: string): TextRun {
  return { insert: text, attributes: { [mark]: { proposal, delegation, author: `u-${delegation}`, at: AT } } };
}

export const ins = (text: string, proposal: string, delegation: string): TextRun =>
  proposalRun('insertion', text, proposal, delegation);
export const del = (text: string, proposal: string, delegation: string): TextRun =>
  proposalRun('deletion', text, proposal, delegation);
export const bracket = (text: string, by = 'u-chair'): TextRun => ({ insert: text, attributes: { bracket: { by } } });

/** Text inside the given brackets, outermost first (ids and other attributes as given). */
export function inBrackets(text: string, ...brackets: Array<Partial<BracketMarkAttrs> & { id: string }>): TextRun {
  const attributes: Record<string, unknown> = {};
  brackets.forEach((mark, index) => {
    attributes[index === 0 ? 'bracket' : `bracket--${mark.id}`] = { by: 'u-chair', ...mark };
  });
  return { insert: text, attributes };
}

/** Appends extra marks (e.g. a second delegation's deletion under a hashed key) to a run. */
export function withMarks(run: TextRun, extra: Record<string, unknown>): TextRun {
  return { insert: run.insert, attributes: { ...run.attributes, ...extra } };
}

export function draftDoc(paragraphs: NewParagraph[]): Y.Doc {
  const doc = new Y.Doc();
  for (const paragraph of paragraphs) insertParagraph(doc, paragraph);
  return doc;
}

export function options(overrides: Partial<ApplyOptions> = {}): ApplyOptions {
  let counter = 0;
  return {
    now: new Date(AT),
    newId: () => `new-${(counter += 1)}`,
    knownDelegations: new Set([MEXICO, CANADA, EU]),
    ...overrides,
  };
}
