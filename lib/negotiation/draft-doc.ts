import * as Y from 'yjs';
import {
  BLOCK_NODE,
  DOC_KEYS,
  PARAGRAPH_KEYS,
  type ParagraphKind,
  type ParagraphProposal,
  type ParagraphStatus,
} from './schema';

/** Accessors for a draft's Y.Doc. Every reader and writer of the document goes through here. */

export type ParagraphMap = Y.Map<unknown>;

/** One run of text with its Yjs formatting attributes (mark name -> attrs). */
export interface TextRun {
  insert: string;
  attributes?: Record<string, unknown>;
}

export interface NewParagraph {
  id: string;
  label: string;
  kind: ParagraphKind;
  status?: ParagraphStatus;
  runs: TextRun[];
  proposedBy?: string;
  insertionProposal?: ParagraphProposal;
}

export function getOrder(doc: Y.Doc): Y.Array<string> {
  return doc.getArray<string>(DOC_KEYS.order);
}

export function getParagraphs(doc: Y.Doc): Y.Map<ParagraphMap> {
  return doc.getMap<ParagraphMap>(DOC_KEYS.paragraphs);
}

export function getProposals(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(DOC_KEYS.proposals);
}

export function getRoom(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(DOC_KEYS.room);
}

export function getParagraph(doc: Y.Doc, id: string): ParagraphMap | undefined {
  return getParagraphs(doc).get(id);
}

export function paragraphIds(doc: Y.Doc): string[] {
  return getOrder(doc).toArray();
}

export function getParagraphFragment(paragraph: ParagraphMap): Y.XmlFragment | undefined {
  const text = paragraph.get(PARAGRAPH_KEYS.text);
  return text instanceof Y.XmlFragment ? text : undefined;
}

/** The single Y.XmlText inside the paragraph's block node, where all runs and marks live. */
export function getParagraphText(paragraph: ParagraphMap): Y.XmlText | undefined {
  const fragment = getParagraphFragment(paragraph);
  const block = fragment?.get(0);
  if (!(block instanceof Y.XmlElement)) return undefined;
  const text = block.get(0);
  return text instanceof Y.XmlText ? text : undefined;
}

export function getParagraphRuns(paragraph: ParagraphMap): TextRun[] {
  const text = getParagraphText(paragraph);
  if (!text) return [];
  return (text.toDelta() as TextRun[]).filter((run) => typeof run.insert === 'string');
}

export function getStatus(paragraph: ParagraphMap): ParagraphStatus {
  return (paragraph.get(PARAGRAPH_KEYS.status) as ParagraphStatus | undefined) ?? 'open';
}

export function getLabel(paragraph: ParagraphMap): string {
  return (paragraph.get(PARAGRAPH_KEYS.label) as string | undefined) ?? '';
}

export function getKind(paragraph: ParagraphMap): ParagraphKind {
  return (paragraph.get(PARAGRAPH_KEYS.kind) as ParagraphKind | undefined) ?? 'OP';
}

/**
 * Builds a paragraph map with its fragment already filled. Must be called inside a transaction
 * on `doc` (or before the map is integrated) — the caller decides the position in `order`.
 */
export function createParagraphMap(input: NewParagraph): ParagraphMap {
  const paragraph = new Y.Map<unknown>();
  paragraph.set(PARAGRAPH_KEYS.label, input.label);
  paragraph.set(PARAGRAPH_KEYS.kind, input.kind);
  paragraph.set(PARAGRAPH_KEYS.status, input.status ?? 'open');
  if (input.proposedBy) paragraph.set(PARAGRAPH_KEYS.proposedBy, input.proposedBy);
  if (input.insertionProposal) paragraph.set(PARAGRAPH_KEYS.insertionProposal, input.insertionProposal);
  const fragment = new Y.XmlFragment();
  const block = new Y.XmlElement(BLOCK_NODE);
  const text = new Y.XmlText();
  block.insert(0, [text]);
  fragment.insert(0, [block]);
  paragraph.set(PARAGRAPH_KEYS.text, fragment);
  // Y types can only be written once integrated; fill the text after the map is attached.
  return paragraph;
}

/** Writes runs into an (integrated) paragraph's text. */
export function writeRuns(paragraph: ParagraphMap, runs: TextRun[]): void {
  const text = getParagraphText(paragraph);
  if (!text) throw new Error('paragraph has no text');
  let index = text.length;
  for (const run of runs) {
    text.insert(index, run.insert, run.attributes ?? {});
    index += run.insert.length;
  }
}

/** Inserts a paragraph at `index` in the order (end if omitted). Runs its own transaction. */
export function insertParagraph(doc: Y.Doc, input: NewParagraph, index?: number, origin?: unknown): void {
  doc.transact(() => {
    const paragraph = createParagraphMap(input);
    getParagraphs(doc).set(input.id, paragraph);
    const order = getOrder(doc);
    order.insert(Math.min(index ?? order.length, order.length), [input.id]);
    writeRuns(paragraph, input.runs);
  }, origin);
}

/** Builds a complete initial document state on the server (seed, import). */
export function buildDraftState(paragraphs: NewParagraph[]): Uint8Array {
  const doc = new Y.Doc();
  for (const paragraph of paragraphs) insertParagraph(doc, paragraph);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** The paragraph's text with nothing rendered: pending insertions included, marks ignored. */
export function paragraphRawText(paragraph: ParagraphMap): string {
  return getParagraphRuns(paragraph)
    .map((run) => run.insert)
    .join('');
}
