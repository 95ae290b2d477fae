import * as Y from 'yjs';
import type { Actor } from '../actor';
import { can, type Action } from '../policy';
import { createParagraphMap, getOrder, getParagraph, getParagraphRuns, getParagraphText, getParagraphs, getProposals, getRoom, writeRuns, type TextRun } from '../draft-doc';
import { PARAGRAPH_KEYS, PROPOSAL_KEYS, ROOM_KEYS } from '../schema';
import { paragraphName, plan, policyRefusal, refuse, type ApplyOptions, type Plan } from './context';
import {
  UNDO_WINDOW_MS,
  readDecisionRecord,
  readParagraphState,
  type DecisionRecord,
  type ParagraphChange,
  type ParagraphState,
  type ProposalEntryState,
  type UndoableCommand,
} from './decision-record';
import { removeParagraph } from './doc-writes';
import { charsWithIds, readIdRuns } from './char-ids';
import { mergeUndo, type TargetChar } from './merge-undo';
import { canonicalJson, restoreText, writeTarget } from './restore-text';
import type { CommandOf } from './schema';
import { say, type ServerSentence } from '../../i18n/server-sentences';

/**
 * Undoing the chair's latest decision within a short time: every paragraph it touched gets back
 * exactly what it held before (text, marks, status, label, paragraph-level proposals) and every
 * proposal it settled is pending again with its supporters and objectors. Words typed since are
 * kept where they do not touch what the decision changed; otherwise, or when the status, label
 * or paragraph-level proposals changed since, the undo is refused, since putting the old state
 * back would then erase that change.
 */

const POLICY_ACTION: Record<UndoableCommand, Action> = {
  acceptProposal: 'decide',
  rejectProposal: 'decide',
  acceptAll: 'decide',
  rejectAll: 'decide',
  resolveSpot: 'decide',
  setStatus: 'setStatus',
  renumber: 'renumber',
};

const NOT_PRESIDING = say('server.command.undoNotPresiding', {});
const NO_DECISION = say('server.command.noDecision', {});
const LATER_DECISION = say('server.command.laterDecision', {});
const TOO_LATE = say('server.command.tooLate', { seconds: UNDO_WINDOW_MS / 1000 });

function changedPart(current: ParagraphState, after: ParagraphState): ServerSentence | null {
  if (current.status !== after.status) return say('server.part.itsStatus', {});
  if (current.label !== after.label || current.kind !== after.kind) return say('server.part.itsLabel', {});
  const proposals = (s: ParagraphState) => canonicalJson([s.proposedBy, s.insertionProposal, s.deletionProposal]);
  if (proposals(current) !== proposals(after)) return say('server.part.itsProposals', {});
  return null;
}

/** How a paragraph's text goes back: as recorded, or merged with what was typed since, or not at all. */
type TextPlan = { kind: 'none' } | { kind: 'restore'; runs: TextRun[] } | { kind: 'merge'; current: Array<Record<string, unknown>>; target: TargetChar[] };

/**
 * The decision's changes to the text are reversed, keeping what was typed since where it does
 * not touch them; without the characters' ids (a record from before they were kept) only an
 * unchanged text can be put back.
 */
function planText(paragraph: Y.Map<unknown>, change: ParagraphChange): TextPlan | null {
  const { before, after } = change;
  if (!before?.text || !after?.text) return { kind: 'none' };
  const text = getParagraphText(paragraph);
  if (!text) return null;
  const runs = getParagraphRuns(paragraph);
  const current = charsWithIds(runs, readIdRuns(text));
  const was = before.ids ? charsWithIds(before.text, before.ids) : null;
  const decided = after.ids ? charsWithIds(after.text, after.ids) : null;
  if (current && was && decided) {
    const target = mergeUndo(was, decided, current);
    return target ? { kind: 'merge', current: current.map((char) => char.attrs), target } : null;
  }
  return canonicalJson(runs) === canonicalJson(after.text) ? { kind: 'restore', runs: before.text } : null;
}

/** What the undo will write to one paragraph, or the sentence saying why it cannot. */
function check(doc: Y.Doc, change: ParagraphChange): { ok: true; text: TextPlan } | { ok: false; error: ServerSentence } {
  const paragraph = getParagraph(doc, change.paragraphId);
  const name = paragraphName(change.after?.label ?? change.before?.label ?? '');
  const changed = (part: ServerSentence) => ({ ok: false as const, error: say('server.command.undoChanged', { name, part }) });
  if (!change.after) return paragraph ? { ok: false, error: say('server.command.undoAddedAgain', { name }) } : { ok: true, text: { kind: 'none' } };
  if (!paragraph) return { ok: false, error: say('server.command.undoRemoved', { name }) };
  const part = changedPart(readParagraphState(paragraph, false), change.after);
  if (part) return changed(part);
  const text = planText(paragraph, change);
  return text ? { ok: true, text } : changed(say('server.part.typedWords', {}));
}

function setOrDelete(paragraph: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === null || value === undefined) {
    if (paragraph.has(key)) paragraph.delete(key);
  } else if (canonicalJson(paragraph.get(key)) !== canonicalJson(value)) {
    paragraph.set(key, value);
  }
}

function restoreParagraph(doc: Y.Doc, change: ParagraphChange, textPlan: TextPlan): void {
  const before = change.before;
  if (!before) {
    removeParagraph(doc, change.paragraphId);
    return;
  }
  let paragraph = getParagraph(doc, change.paragraphId);
  if (!paragraph) {
    paragraph = createParagraphMap({ id: change.paragraphId, label: before.label, kind: before.kind, runs: [] });
    getParagraphs(doc).set(change.paragraphId, paragraph);
    const order = getOrder(doc);
    order.insert(Math.max(0, Math.min(change.index, order.length)), [change.paragraphId]);
    writeRuns(paragraph, before.text ?? []);
  } else {
    const text = getParagraphText(paragraph);
    if (text && textPlan.kind === 'restore') restoreText(text, textPlan.runs);
    if (text && textPlan.kind === 'merge') writeTarget(text, textPlan.current, textPlan.target);
  }
  setOrDelete(paragraph, PARAGRAPH_KEYS.label, before.label);
  setOrDelete(paragraph, PARAGRAPH_KEYS.kind, before.kind);
  setOrDelete(paragraph, PARAGRAPH_KEYS.status, before.status);
  setOrDelete(paragraph, PARAGRAPH_KEYS.proposedBy, before.proposedBy);
  setOrDelete(paragraph, PARAGRAPH_KEYS.insertionProposal, before.insertionProposal);
  setOrDelete(paragraph, PARAGRAPH_KEYS.deletionProposal, before.deletionProposal);
}

function restoreEntry(doc: Y.Doc, id: string, state: ProposalEntryState): void {
  const proposals = getProposals(doc);
  if (proposals.has(id)) return;
  const entry = new Y.Map<unknown>();
  proposals.set(id, entry);
  for (const [key, value] of Object.entries(state.fields)) entry.set(key, value);
  const positions = new Y.Map<string>();
  entry.set(PROPOSAL_KEYS.positions, positions);
  for (const [delegation, position] of Object.entries(state.positions)) positions.set(delegation, position);
}

function undoAudit(record: DecisionRecord) {
  return {
    action: 'undoDecision',
    ...(record.paragraphId ? { paragraphId: record.paragraphId } : {}),
    details: {
      decisionId: record.id,
      undid: record.action,
      label: record.label,
      proposalIds: record.proposalIds,
      decidedAt: record.at,
      decidedBy: record.by,
    },
  };
}

export function planUndoDecision(doc: Y.Doc, actor: Actor, command: CommandOf<'undoDecision'>, opts: ApplyOptions): Plan {
  const record = readDecisionRecord(doc);
  if (!record) return refuse(NO_DECISION);
  const name = paragraphName(record.label ?? '');
  const action = POLICY_ACTION[record.action];
  if (!can(actor, action)) return refuse(NOT_PRESIDING);
  // Asked of the paragraph as the decision found it: accepting a deletion leaves it deleted, and
  // that must not stand in the way of undoing the acceptance (conflicts are checked below).
  const decidedOn = record.paragraphs.find((change) => change.paragraphId === record.paragraphId)?.before?.status;
  const ctx = action === 'decide' && decidedOn ? { paragraphStatus: decidedOn } : {};
  const refusal = policyRefusal(actor, action, ctx, name);
  if (refusal) return refuse(refusal);
  if (record.id !== command.decisionId) return refuse(LATER_DECISION);
  const age = opts.now.getTime() - Date.parse(record.at);
  if (!(age <= UNDO_WINDOW_MS)) return refuse(TOO_LATE);
  const texts: TextPlan[] = [];
  for (const change of record.paragraphs) {
    const checked = check(doc, change);
    if (!checked.ok) return refuse(checked.error);
    texts.push(checked.text);
  }
  return plan([undoAudit(record)], () => {
    record.paragraphs.forEach((change, at) => restoreParagraph(doc, change, texts[at] ?? { kind: 'none' }));
    for (const [id, state] of Object.entries(record.entries)) restoreEntry(doc, id, state);
    getRoom(doc).delete(ROOM_KEYS.lastDecision);
  });
}
