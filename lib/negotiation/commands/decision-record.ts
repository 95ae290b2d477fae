import * as Y from 'yjs';
import type { Actor } from '../actor';
import { getKind, getLabel, getParagraph, getParagraphRuns, getParagraphText, getProposals, getRoom, getStatus, paragraphIds, type ParagraphMap, type TextRun } from '../draft-doc';
import { PARAGRAPH_KEYS, PROPOSAL_KEYS, ROOM_KEYS, type ParagraphKind, type ParagraphProposal, type ParagraphStatus } from '../schema';
import { readIdRuns, type IdRun } from './char-ids';
import type { ApplyOptions, AuditEntry } from './context';
import type { Command, CommandType } from './schema';

/**
 * What the chair may still undo. A decision writes, in the same transaction, a record of every
 * paragraph it touched as it was before and as it is after, and of the proposals' entries
 * (with their supporters and objectors) it dropped. Kept in the document (`room.lastDecision`),
 * not in server memory, so that it survives a restart and every instance of the server sees it.
 */

/** How long the chair may undo a decision. */
export const UNDO_WINDOW_MS = 30_000;

export const UNDOABLE_COMMANDS = ['acceptProposal', 'rejectProposal', 'acceptAll', 'rejectAll', 'setStatus', 'renumber', 'resolveSpot'] as const;
export type UndoableCommand = (typeof UNDOABLE_COMMANDS)[number];

export interface ParagraphState {
  label: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  proposedBy: string | null;
  insertionProposal: ParagraphProposal | null;
  deletionProposal: ParagraphProposal | null;
  /** Null when the decision cannot change the text (renumbering): then the text is not compared. */
  text: TextRun[] | null;
  /** Which Yjs item each character of `text` is (char-ids.ts), so later typing can be told apart. */
  ids: IdRun[] | null;
}

export interface ParagraphChange {
  paragraphId: string;
  /** Its place in the order before the decision, to put back a paragraph the decision removed. */
  index: number;
  before: ParagraphState | null;
  after: ParagraphState | null;
}

export interface ProposalEntryState {
  fields: Record<string, unknown>;
  positions: Record<string, string>;
}

export interface DecisionRecord {
  id: string;
  at: string;
  /** User id of whoever decided. */
  by: string;
  action: UndoableCommand;
  /** The paragraph the decision was about; null for renumbering the draft. */
  paragraphId: string | null;
  label: string | null;
  /** The proposals the decision settled (accepted, rejected or fallen with an alternative). */
  proposalIds: string[];
  paragraphs: ParagraphChange[];
  /** Entries of `proposals` the decision dropped, as they were. */
  entries: Record<string, ProposalEntryState>;
}

export function isUndoable(type: CommandType): type is UndoableCommand {
  return (UNDOABLE_COMMANDS as readonly string[]).includes(type);
}

export function readParagraphState(paragraph: ParagraphMap, withText: boolean): ParagraphState {
  const text = getParagraphText(paragraph);
  return {
    label: getLabel(paragraph),
    kind: getKind(paragraph),
    status: getStatus(paragraph),
    proposedBy: (paragraph.get(PARAGRAPH_KEYS.proposedBy) as string | undefined) ?? null,
    // As stored, not as read for display: the undo puts back exactly what was there.
    insertionProposal: (paragraph.get(PARAGRAPH_KEYS.insertionProposal) as ParagraphProposal | undefined) ?? null,
    deletionProposal: (paragraph.get(PARAGRAPH_KEYS.deletionProposal) as ParagraphProposal | undefined) ?? null,
    text: withText ? getParagraphRuns(paragraph) : null,
    ids: withText && text ? readIdRuns(text) : null,
  };
}

function readEntry(entry: Y.Map<unknown>): ProposalEntryState {
  const fields: Record<string, unknown> = {};
  const positions: Record<string, string> = {};
  entry.forEach((value, key) => {
    if (key === PROPOSAL_KEYS.positions && value instanceof Y.Map) {
      value.forEach((position, delegation) => {
        if (typeof position === 'string') positions[delegation] = position;
      });
    } else if (!(value instanceof Y.AbstractType)) {
      fields[key] = value;
    }
  });
  return { fields, positions };
}

function readEntries(doc: Y.Doc): Map<string, ProposalEntryState> {
  const entries = new Map<string, ProposalEntryState>();
  getProposals(doc).forEach((entry, id) => {
    if (entry instanceof Y.Map) entries.set(id, readEntry(entry));
  });
  return entries;
}

export function readDecisionRecord(doc: Y.Doc): DecisionRecord | null {
  const value = getRoom(doc).get(ROOM_KEYS.lastDecision);
  if (value === null || typeof value !== 'object' || typeof (value as { id?: unknown }).id !== 'string') return null;
  return value as DecisionRecord;
}

function touchedParagraphs(doc: Y.Doc, command: Command): { ids: string[]; withText: boolean } {
  if (command.type === 'renumber') return { ids: paragraphIds(doc), withText: false };
  return { ids: 'paragraphId' in command && typeof command.paragraphId === 'string' ? [command.paragraphId] : [], withText: true };
}

/**
 * Reads the touched paragraphs before an undoable command; `finish` runs right after the
 * command's writes, inside the same transaction, and stores the record. Null for any other command.
 */
export function startDecisionRecord(doc: Y.Doc, actor: Actor, command: Command, opts: ApplyOptions): { finish(audit: AuditEntry[]): void } | null {
  if (!isUndoable(command.type)) return null;
  const action = command.type;
  const order = paragraphIds(doc);
  const { ids, withText } = touchedParagraphs(doc, command);
  const before = ids.map((paragraphId) => {
    const paragraph = getParagraph(doc, paragraphId);
    return { paragraphId, index: order.indexOf(paragraphId), state: paragraph ? readParagraphState(paragraph, withText) : null };
  });
  const entriesBefore = readEntries(doc);
  return {
    finish(audit) {
      const after = new Set(getProposals(doc).keys());
      const entries: Record<string, ProposalEntryState> = {};
      for (const [id, entry] of entriesBefore) if (!after.has(id)) entries[id] = entry;
      const paragraphs = before
        .map(({ paragraphId, index, state }): ParagraphChange => {
          const paragraph = getParagraph(doc, paragraphId);
          return { paragraphId, index, before: state, after: paragraph ? readParagraphState(paragraph, withText) : null };
        })
        // Renumbering records only the paragraphs whose label it changed.
        .filter((change) => withText || change.before?.label !== change.after?.label);
      const first = before[0]?.state ?? null;
      const record: DecisionRecord = {
        id: opts.newId(),
        at: opts.now.toISOString(),
        by: actor.userId,
        action,
        paragraphId: action === 'renumber' ? null : (before[0]?.paragraphId ?? null),
        label: action === 'renumber' ? null : (first?.label ?? null),
        proposalIds: audit.map((entry) => entry.proposalId).filter((id): id is string => typeof id === 'string'),
        paragraphs,
        entries,
      };
      getRoom(doc).set(ROOM_KEYS.lastDecision, record);
    },
  };
}
