import { isParagraphStatus, STATUS_LABELS } from '@/lib/negotiation/statuses';
import { MEETING_DESCRIPTIONS } from './describe-meeting-event';

/**
 * One sentence saying what an audit event did, in the words of the room. Every action the
 * application records has one; an unknown action falls back to its name, so a new kind of event
 * still shows up rather than vanishing.
 */
export function describeHistoryEvent(action: string, details: Record<string, unknown>): string {
  const describe = DESCRIPTIONS[action] ?? MEETING_DESCRIPTIONS[action];
  return describe ? describe(details) : action;
}


type Describe = (details: Record<string, unknown>) => string;

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const quoted = (value: unknown, max = 80): string => {
  const words = text(value)?.trim().replace(/\s+/g, ' ');
  if (!words) return '';
  return `“${words.length > max ? `${words.slice(0, max - 1)}…` : words}”`;
};
const status = (value: unknown): string =>
  typeof value === 'string' && isParagraphStatus(value) ? STATUS_LABELS[value].toLowerCase() : String(value ?? '?');

function proposalWords(details: Record<string, unknown>): string {
  switch (details.kind) {
    case 'insert':
      return `to insert ${quoted(details.inserted)}`;
    case 'delete':
      return `to delete ${quoted(details.deleted)}`;
    case 'replace':
      return `to replace ${quoted(details.deleted)} with ${quoted(details.inserted)}`;
    case 'new_paragraph':
      return 'to add the paragraph';
    case 'delete_paragraph':
      return 'to delete the paragraph';
    default:
      return '';
  }
}

function describeResolvedSpot(d: Record<string, unknown>): string {
  const kept = (d.kept ?? {}) as Record<string, unknown>;
  const which = text(kept.option) ?? quoted(kept.text);
  if (d.deletedParagraph === true) return `Kept ${which}: the paragraph is deleted`;
  return `Kept ${which}; the other alternatives fell`;
}

/** What an export produced: "the CRP (Word)", "the agreed text (plain text) of a revision". */
export function exportedDocument(d: Record<string, unknown>): string {
  const format = typeof d.format === 'string' ? d.format : '';
  const what = EXPORTED_DOCUMENTS[format] ?? 'the draft';
  const ofRevision = text(d.revisionId) ? ' of a revision' : '';
  const unattributed = d.attribution === false && format.startsWith('crp.') ? ', without delegation names' : '';
  return `${what}${ofRevision}${unattributed}`;
}

const EXPORTED_DOCUMENTS: Record<string, string> = {
  'crp.docx': 'the CRP (Word)',
  'crp.pdf': 'the CRP (PDF)',
  'tracked.docx': 'the draft with tracked changes (Word)',
  'clean.docx': 'the agreed text (Word)',
  'clean.txt': 'the agreed text (plain text)',
  'akn.xml': 'the draft as Akoma Ntoso XML',
};

function describeCreatedDraft(d: Record<string, unknown>): string {
  const from = d.kind === 'paste' ? 'pasted text' : (text(d.source) ?? 'an imported file');
  const n = typeof d.paragraphs === 'number' ? d.paragraphs : null;
  const paragraphs = n === null ? '' : ` (${n} ${n === 1 ? 'paragraph' : 'paragraphs'})`;
  return `Created the draft from ${from}${paragraphs}`;
}

const DESCRIPTIONS: Record<string, Describe> = {
  acceptProposal: (d) => `Accepted the proposal ${proposalWords(d)}`.trim(),
  rejectProposal: (d) =>
    d.fellWith || d.fellWithAlternative
      ? `The proposal ${proposalWords(d)} fell when another alternative was kept`.replace(/\s+/g, ' ')
      : `Rejected the proposal ${proposalWords(d)}`.trim(),
  withdrawProposal: (d) => `Withdrew the proposal ${proposalWords(d)}`.trim(),
  setPosition: (d) =>
    d.position === 'support' ? 'Supported a proposal' : d.position === 'oppose' ? 'Opposed a proposal' : 'Withdrew support or objection',
  setStatus: (d) => (d.reopened === true ? `Reopened the paragraph (${status(d.from)} → open)` : `Status ${status(d.from)} → ${status(d.to)}`),
  proposeParagraph: (d) => `Proposed a new paragraph ${quoted(d.text)}`.trim(),
  proposeParagraphDeletion: () => 'Proposed deleting the paragraph',
  moveParagraph: (d) => `Moved the paragraph (position ${Number(d.from) + 1} → ${Number(d.to) + 1})`,
  setLabel: (d) => `Renumbered ${text(d.from) ?? '?'} → ${text(d.to) ?? '?'}`,
  renumber: () => 'Renumbered the paragraphs',
  undoDecision: describeUndo,
  // The delegation concerned is shown beside each line of the history.
  requestFloor: () => 'Asked for the floor',
  withdrawFloorRequest: () => 'Withdrew a request for the floor',
  giveFloor: () => 'Gave the floor',
  closeFloor: () => 'Closed the floor',
  liftBracket: (d) => `Lifted the brackets around ${quoted(d.text)}`.trim(),
  resolveSpot: (d) => describeResolvedSpot(d),
  setFocus: (d) => (text(d.label) ? `Took the room to paragraph ${text(d.label)}` : 'Cleared the room’s focus'),
  comment: (d) => (text(d.replyTo) ? 'Replied to a comment' : 'Commented'),
  comment_edit: () => 'Edited a comment',
  comment_withdraw: () => 'Withdrew a comment',
  revision: (d) => `Took revision ${text(d.name) ?? ''}`.trim(),
  'draft.export': (d) => `Exported ${exportedDocument(d)}`,
  'draft.create': describeCreatedDraft,
  'update.refused': (d) => `A change was refused${text(d.reason) ? `: ${text(d.reason)}` : ''}`,
};

const UNDONE: Record<string, string> = {
  acceptProposal: 'accepting the proposal',
  rejectProposal: 'rejecting the proposal',
  acceptAll: 'accepting all proposals',
  rejectAll: 'rejecting all proposals',
  setStatus: 'the status change',
  renumber: 'renumbering the paragraphs',
  resolveSpot: 'keeping one alternative',
};

function describeUndo(details: Record<string, unknown>): string {
  const what = UNDONE[text(details.undid) ?? ''] ?? 'a decision';
  const count = Array.isArray(details.proposalIds) ? details.proposalIds.length : 0;
  const pending = count > 1 ? `; ${count} proposals are pending again` : count === 1 ? '; the proposal is pending again' : '';
  return `Undid ${what}${pending}`;
}

/** Every action with a sentence of its own, so a test can check that none is left as a code. */
export const DESCRIBED_ACTIONS: readonly string[] = [...Object.keys(DESCRIPTIONS), ...Object.keys(MEETING_DESCRIPTIONS)];
