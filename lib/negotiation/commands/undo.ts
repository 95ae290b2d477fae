import * as Y from 'yjs';
import type { Actor } from '../actor';
import { can, type Action } from '../policy';
import { createParagraphMap, getOrder, getParagraph, getParagraphText, getParagraphs, getProposals, getRoom, writeRuns } from '../draft-doc';
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
import { canonicalJson, restoreText } from './restore-text';
import type { CommandOf } from './schema';

/**
 * Undoing the chair's latest decision within a short time: every paragraph it touched gets back
 * exactly what it held before (text, marks, status, label, paragraph-level proposals) and every
 * proposal it settled is pending again with its supporters and objectors. Refused when anything
 * it touched has changed since, since putting the old state back would then erase that change.
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

const NOT_PRESIDING = 'Only the chair or the secretariat can undo a decision.';
const NO_DECISION = 'There is no recent decision to undo.';
const LATER_DECISION = 'Another decision has been taken since; only the latest decision can be undone.';
const TOO_LATE = `It is more than ${UNDO_WINDOW_MS / 1000} seconds since this decision, so it can no longer be undone; decide again instead.`;

function changedPart(current: ParagraphState, after: ParagraphState): string | null {
  if (current.status !== after.status) return 'its status';
  if (current.label !== after.label || current.kind !== after.kind) return 'its label';
  if (canonicalJson(current.text) !== canonicalJson(after.text)) return 'its text';
  const proposals = (s: ParagraphState) => canonicalJson([s.proposedBy, s.insertionProposal, s.deletionProposal]);
  if (proposals(current) !== proposals(after)) return 'its proposals';
  return null;
}

/** Null when the paragraph is still as the decision left it, otherwise the refusal. */
function conflict(doc: Y.Doc, change: ParagraphChange): string | null {
  const paragraph = getParagraph(doc, change.paragraphId);
  const name = paragraphName(change.after?.label ?? change.before?.label ?? '');
  if (!change.after) return paragraph ? `${name} was added again since the decision; nothing was undone.` : null;
  if (!paragraph) return `${name} was removed since the decision; nothing was undone.`;
  const part = changedPart(readParagraphState(paragraph, change.after.text !== null), change.after);
  return part ? `${name} has changed since the decision (${part}); undoing now would lose that change, so nothing was undone.` : null;
}

function setOrDelete(paragraph: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === null || value === undefined) {
    if (paragraph.has(key)) paragraph.delete(key);
  } else if (canonicalJson(paragraph.get(key)) !== canonicalJson(value)) {
    paragraph.set(key, value);
  }
}

function restoreParagraph(doc: Y.Doc, change: ParagraphChange): void {
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
  } else if (before.text) {
    const text = getParagraphText(paragraph);
    if (text) restoreText(text, before.text);
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
  for (const change of record.paragraphs) {
    const problem = conflict(doc, change);
    if (problem) return refuse(problem);
  }
  return plan([undoAudit(record)], () => {
    for (const change of record.paragraphs) restoreParagraph(doc, change);
    for (const [id, state] of Object.entries(record.entries)) restoreEntry(doc, id, state);
    getRoom(doc).delete(ROOM_KEYS.lastDecision);
  });
}
