import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { getParagraph, getParagraphRuns, getStatus, paragraphIds, type TextRun } from '@/lib/negotiation/draft-doc';
import { readRunMarks } from '@/lib/negotiation/marks';
import { listDraftProposals } from '@/lib/negotiation/proposals';
import { CHAIR_DELEGATION, type ParagraphStatus } from '@/lib/negotiation/schema';
import { textOf } from '@/test-support/validation/test-draft';
import type { TestClient } from '@/test-support/collab/connect-test-client';
import { pick, type Rng } from '@/test-support/random';

/**
 * Random operations for the over-the-wire property test, chosen from what the acting client's
 * own (possibly stale) document shows. Honest ones may still be refused when the room moved on
 * (that is the race); forged ones must always be refused. Forged text always contains FORGED.
 */

export const FORGED = 'FORGED';

export interface Operation {
  name: string;
  forged: boolean;
  /** A command to send (message type 100) instead of editing the document. */
  command?: Record<string, unknown>;
  run(client: TestClient): void;
}

export interface Actor {
  role: 'delegate' | 'chair';
  userId: string;
  /** Own delegation; CHAIR_DELEGATION for the chair. */
  delegation: string;
  /** Another member of the same delegation, whose name a forger might borrow. */
  colleagueId: string;
  otherDelegations: string[];
}

const WORDS = ['promptly ', 'and regional ', 'to the extent possible ', 'in particular ', 'all ', 'effective '];
const STATUSES: ParagraphStatus[] = ['open', 'open', 'agreed', 'agreed_informals', 'parked'];

interface Span {
  paragraphId: string;
  start: number;
  length: number;
  attributes: Record<string, unknown>;
}

/** Every run of every paragraph, with its offset: where operations can act. */
function spans(doc: Y.Doc): Span[] {
  const result: Span[] = [];
  for (const paragraphId of paragraphIds(doc)) {
    const paragraph = getParagraph(doc, paragraphId);
    let start = 0;
    for (const run of paragraph ? getParagraphRuns(paragraph) : ([] as TextRun[])) {
      result.push({ paragraphId, start, length: run.insert.length, attributes: run.attributes ?? {} });
      start += run.insert.length;
    }
  }
  return result;
}

function statusOf(doc: Y.Doc, paragraphId: string): ParagraphStatus {
  const paragraph = getParagraph(doc, paragraphId);
  return paragraph ? getStatus(paragraph) : 'open';
}

function paragraphsWith(doc: Y.Doc, statuses: ParagraphStatus[]): string[] {
  return paragraphIds(doc).filter((id) => statuses.includes(statusOf(doc, id)));
}

function mark(delegation: string, author: string, proposal: string = randomUUID()): Record<string, unknown> {
  return { proposal, delegation, author, at: new Date().toISOString() };
}

/** A sub-range of a span: at least one character, at most the whole span. */
function subRange(rng: Rng, span: Span): { index: number; length: number } {
  const offset = Math.floor(rng() * span.length);
  const length = 1 + Math.floor(rng() * (span.length - offset));
  return { index: span.start + offset, length };
}

function insertOperation(rng: Rng, doc: Y.Doc, name: string, forged: boolean, paragraphs: string[], attributes: Record<string, unknown>): Operation {
  const paragraphId = pick(rng, paragraphs.length > 0 ? paragraphs : paragraphIds(doc));
  const word = forged ? `${FORGED} ` : pick(rng, WORDS);
  return {
    name,
    forged,
    run: ({ doc: target }) => {
      const text = textOf(target, paragraphId);
      text.insert(Math.floor(rng() * (text.length + 1)), word, attributes);
    },
  };
}

function spanOperation(rng: Rng, name: string, forged: boolean, candidates: Span[], act: (text: Y.XmlText, index: number, length: number) => void): Operation | null {
  if (candidates.length === 0) return null;
  const span = pick(rng, candidates);
  const { index, length } = subRange(rng, span);
  return { name, forged, run: ({ doc }) => act(textOf(doc, span.paragraphId), index, length) };
}

function command(name: string, body: Record<string, unknown>): Operation {
  const sent = { id: `${name}-${randomUUID()}`, ...body };
  return { name, forged: false, command: sent, run: (client) => client.sendCommand(sent) };
}

export function chooseDelegateOperation(rng: Rng, actor: Actor, doc: Y.Doc, mayForge = true): Operation {
  const all = spans(doc);
  const insertionOf = (span: Span) => readRunMarks(span.attributes).insertions[0]?.delegation;
  const deletionOf = (span: Span) => readRunMarks(span.attributes).deletions[0]?.delegation;
  const open = paragraphsWith(doc, ['open']);
  const inOpen = all.filter((span) => open.includes(span.paragraphId));
  const plain = all.filter((span) => Object.keys(span.attributes).length === 0);
  const own = mark(actor.delegation, actor.userId);
  const proposals = listDraftProposals(doc);
  const choices: Array<() => Operation | null> = [
    () => insertOperation(rng, doc, 'propose insertion', false, open, { insertion: own }),
    () => insertOperation(rng, doc, 'propose insertion', false, open, { insertion: own }),
    () => spanOperation(rng, 'withdraw own words', false, inOpen.filter((span) => insertionOf(span) === actor.delegation), (text, i, n) => text.delete(i, n)),
    () => spanOperation(rng, 'propose deletion', false, plain.filter((span) => open.includes(span.paragraphId)), (text, i, n) => text.format(i, n, { deletion: own })),
    () => spanOperation(rng, 'withdraw own deletion', false, inOpen.filter((span) => deletionOf(span) === actor.delegation), (text, i, n) => text.format(i, n, { deletion: null })),
    () => {
      const theirs = proposals.filter((proposal) => proposal.delegation !== actor.delegation);
      if (theirs.length === 0) return null;
      return command('setPosition', { type: 'setPosition', proposalId: pick(rng, theirs).id, position: pick(rng, ['support', 'oppose', null]) });
    },
    // Forgeries.
    () => insertOperation(rng, doc, 'forge unmarked text', true, open, {}),
    () => insertOperation(rng, doc, "forge another delegation's mark", true, open, { insertion: mark(pick(rng, actor.otherDelegations), actor.userId) }),
    () => insertOperation(rng, doc, "forge a colleague's authorship", true, open, { insertion: mark(actor.delegation, actor.colleagueId) }),
    () => spanOperation(rng, 'forge removal of base text', true, plain, (text, i, n) => text.delete(i, n)),
    () => spanOperation(rng, "forge removal of another delegation's words", true, all.filter((span) => actor.otherDelegations.includes(insertionOf(span) ?? '')), (text, i, n) => text.delete(i, n)),
    () => spanOperation(rng, "forge withdrawal of another delegation's deletion", true, all.filter((span) => actor.otherDelegations.includes(deletionOf(span) ?? '')), (text, i, n) => text.format(i, n, { deletion: null })),
    () => {
      const paragraphId = pick(rng, paragraphIds(doc));
      return { name: 'forge a status', forged: true, run: ({ doc: target }) => getParagraph(target, paragraphId)?.set('status', 'agreed') };
    },
  ];
  const honest = 6;
  // About one operation in four is forged.
  const forge = rng() < 0.25 && mayForge;
  const index = forge ? honest + Math.floor(rng() * (choices.length - honest)) : Math.floor(rng() * honest);
  return choices[index]?.() ?? insertOperation(rng, doc, 'propose insertion', false, open, { insertion: own });
}

export function chooseChairOperation(rng: Rng, actor: Actor, doc: Y.Doc, mayForge = true): Operation {
  const proposals = listDraftProposals(doc);
  const editable = paragraphsWith(doc, ['open', 'agreed_informals', 'agreed_ad_ref', 'parked']);
  const open = paragraphsWith(doc, ['open']);
  const agreed = paragraphsWith(doc, ['agreed']);
  const choices: Array<() => Operation | null> = [
    () => command('setStatus', { type: 'setStatus', paragraphId: pick(rng, paragraphIds(doc)), status: pick(rng, STATUSES) }),
    () => {
      if (proposals.length === 0) return null;
      const proposal = pick(rng, proposals);
      const type = rng() < 0.5 ? 'acceptProposal' : 'rejectProposal';
      return command(type, { type, paragraphId: proposal.paragraphId, proposalId: proposal.id });
    },
    () => (editable.length > 0 ? insertOperation(rng, doc, 'edit clean text', false, editable, {}) : null),
    () => (open.length > 0 ? insertOperation(rng, doc, 'offer compromise text', false, open, { insertion: mark(CHAIR_DELEGATION, actor.userId) }) : null),
    () => command('setFocus', { type: 'setFocus', paragraphId: pick(rng, paragraphIds(doc)) }),
    // Forgeries.
    () => (agreed.length > 0 ? insertOperation(rng, doc, 'forge an edit of agreed text', true, agreed, {}) : null),
    () => {
      const paragraphId = pick(rng, paragraphIds(doc));
      return { name: 'forge a label', forged: true, run: ({ doc: target }) => getParagraph(target, paragraphId)?.set('label', `${FORGED} label`) };
    },
  ];
  const honest = 5;
  const forge = rng() < 0.15 && mayForge;
  const index = forge ? honest + Math.floor(rng() * (choices.length - honest)) : Math.floor(rng() * honest);
  return choices[index]?.() ?? command('setFocus', { type: 'setFocus', paragraphId: pick(rng, paragraphIds(doc)) });
}
