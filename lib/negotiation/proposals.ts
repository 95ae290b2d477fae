import * as Y from 'yjs';
import {
  getParagraph,
  getParagraphRuns,
  getProposals,
  getStatus,
  paragraphIds,
  type ParagraphMap,
  type TextRun,
} from './draft-doc';
import { isProposalMarkAttrs, pickProposalAttrs, readRunMarks } from './marks';
import { setPositions, type SetPosition } from './proposal-spots';
import { renderAcceptedText, renderCleanText } from './render';
import { renderParagraphSegments } from './segments';
import {
  PARAGRAPH_KEYS,
  PARAGRAPH_STATUSES,
  PROPOSAL_KEYS,
  type ParagraphProposal,
  type ParagraphStatus,
  type Position,
} from './schema';

/**
 * Pending proposals as the room lists them: one entry per proposal id, whether its text is
 * spread over several runs (a replacement is a deletion and an insertion sharing an id) or it
 * concerns the whole paragraph (new paragraph, delete paragraph), with supporters and objectors.
 */

export type ProposalKind = 'insert' | 'delete' | 'replace' | 'new_paragraph' | 'delete_paragraph';

export interface Proposal {
  id: string;
  paragraphId: string;
  kind: ProposalKind;
  delegation: string;
  author: string;
  at: string;
  /** Words the proposal adds; separate spans of one proposal are joined by " … ". */
  inserted: string;
  /** Words the proposal removes (for delete_paragraph: the paragraph's text without pending insertions). */
  deleted: string;
  /** Delegation ids, sorted. */
  supporters: string[];
  objectors: string[];
  /**
   * Competing proposals at one spot form an alternative set: the id of the set's first
   * proposal, and this proposal's 1-based place in it ("alt 2"). Null outside any set.
   */
  set: string | null;
  alternative: number | null;
}

const GAP = ' … ';

interface Accumulator {
  attrs: ParagraphProposal;
  inserted: string;
  deleted: string;
  lastInsertedRun: number;
  lastDeletedRun: number;
}

function appendSpan(text: string, span: string, contiguous: boolean): string {
  if (text.length === 0) return span;
  return contiguous ? text + span : text.trimEnd() + GAP + span.trimStart();
}

/** Text-level proposals, in order of first appearance. */
function collectTextProposals(runs: readonly TextRun[]): Map<string, Accumulator> {
  const found = new Map<string, Accumulator>();
  const entry = (attrs: ParagraphProposal): Accumulator => {
    let acc = found.get(attrs.proposal);
    if (!acc) {
      acc = { attrs: pickProposalAttrs(attrs), inserted: '', deleted: '', lastInsertedRun: -2, lastDeletedRun: -2 };
      found.set(attrs.proposal, acc);
    }
    return acc;
  };
  runs.forEach((run, index) => {
    const marks = readRunMarks(run.attributes);
    for (const mark of marks.insertions) {
      const acc = entry(mark);
      acc.inserted = appendSpan(acc.inserted, run.insert, acc.lastInsertedRun === index - 1);
      acc.lastInsertedRun = index;
    }
    for (const mark of marks.deletions) {
      const acc = entry(mark);
      acc.deleted = appendSpan(acc.deleted, run.insert, acc.lastDeletedRun === index - 1);
      acc.lastDeletedRun = index;
    }
  });
  return found;
}

export function readParagraphProposal(paragraph: ParagraphMap, key: 'insertionProposal' | 'deletionProposal'): ParagraphProposal | null {
  const value = paragraph.get(PARAGRAPH_KEYS[key]);
  return isProposalMarkAttrs(value) ? pickProposalAttrs(value) : null;
}

export function readPositions(doc: Y.Doc, proposalId: string): { supporters: string[]; objectors: string[] } {
  const supporters: string[] = [];
  const objectors: string[] = [];
  const positions = getProposals(doc).get(proposalId)?.get(PROPOSAL_KEYS.positions);
  if (positions instanceof Y.Map) {
    positions.forEach((position: unknown, delegation: string) => {
      if (position === ('support' satisfies Position)) supporters.push(delegation);
      else if (position === ('oppose' satisfies Position)) objectors.push(delegation);
    });
  }
  return { supporters: supporters.sort(), objectors: objectors.sort() };
}

function toProposal(
  doc: Y.Doc,
  paragraphId: string,
  kind: ProposalKind,
  acc: Omit<Accumulator, 'lastInsertedRun' | 'lastDeletedRun'>,
  sets: Map<string, SetPosition> = new Map(),
): Proposal {
  const { proposal, delegation, author, at } = acc.attrs;
  const place = sets.get(proposal);
  return {
    id: proposal,
    paragraphId,
    kind,
    delegation,
    author,
    at,
    inserted: acc.inserted,
    deleted: acc.deleted,
    ...readPositions(doc, proposal),
    set: place?.set ?? null,
    alternative: place?.alternative ?? null,
  };
}

function textKind(acc: Accumulator): ProposalKind {
  if (acc.inserted && acc.deleted) return 'replace';
  return acc.deleted ? 'delete' : 'insert';
}

/** Reading order, except that a set's alternatives stand together, in alternative order, where its first one stands. */
function inSetOrder(proposals: readonly Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  const placed = new Set<string>();
  for (const proposal of proposals) {
    if (!proposal.set) out.push(proposal);
    else if (!placed.has(proposal.set)) {
      placed.add(proposal.set);
      out.push(...proposals.filter((other) => other.set === proposal.set).sort((a, b) => (a.alternative ?? 0) - (b.alternative ?? 0)));
    }
  }
  return out;
}

/** New paragraph first, then text proposals in reading order, then a paragraph deletion. */
export function listParagraphProposals(doc: Y.Doc, paragraphId: string): Proposal[] {
  const paragraph = getParagraph(doc, paragraphId);
  if (!paragraph) return [];
  const runs = getParagraphRuns(paragraph);
  const text = collectTextProposals(runs);
  const result: Proposal[] = [];
  const asNew = readParagraphProposal(paragraph, 'insertionProposal');
  if (asNew) {
    const own = text.get(asNew.proposal);
    text.delete(asNew.proposal);
    const inserted = own?.inserted ?? renderAcceptedText(runs);
    result.push(toProposal(doc, paragraphId, 'new_paragraph', { attrs: asNew, inserted, deleted: '' }));
  }
  const sets = setPositions(renderParagraphSegments(runs));
  result.push(...inSetOrder([...text.values()].map((acc) => toProposal(doc, paragraphId, textKind(acc), acc, sets))));
  const asDeleted = readParagraphProposal(paragraph, 'deletionProposal');
  if (asDeleted) {
    const deleted = renderCleanText(runs);
    result.push(toProposal(doc, paragraphId, 'delete_paragraph', { attrs: asDeleted, inserted: '', deleted }));
  }
  return result;
}

export function listDraftProposals(doc: Y.Doc): Proposal[] {
  return paragraphIds(doc).flatMap((id) => listParagraphProposals(doc, id));
}

/** Finds a pending proposal anywhere in the draft (a scan: drafts hold tens of paragraphs). */
export function findProposal(doc: Y.Doc, proposalId: string): Proposal | null {
  for (const id of paragraphIds(doc)) {
    const match = listParagraphProposals(doc, id).find((proposal) => proposal.id === proposalId);
    if (match) return match;
  }
  return null;
}

/** Progress of the draft: how many paragraphs are in each status (every status present). */
export function countByStatus(doc: Y.Doc): Record<ParagraphStatus, number> {
  const counts = Object.fromEntries(PARAGRAPH_STATUSES.map((status) => [status, 0])) as Record<ParagraphStatus, number>;
  for (const id of paragraphIds(doc)) {
    const paragraph = getParagraph(doc, id);
    if (paragraph) counts[getStatus(paragraph)] += 1;
  }
  return counts;
}

/** The alternative sets of a paragraph: set id -> its proposals in alternative order. */
export function alternativeSets(proposals: readonly Proposal[]): Map<string, Proposal[]> {
  const sets = new Map<string, Proposal[]>();
  for (const proposal of proposals) {
    if (!proposal.set) continue;
    sets.set(proposal.set, [...(sets.get(proposal.set) ?? []), proposal]);
  }
  for (const members of sets.values()) members.sort((a, b) => (a.alternative ?? 0) - (b.alternative ?? 0));
  return sets;
}
