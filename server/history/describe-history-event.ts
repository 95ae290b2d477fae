import { englishOf, say, type SentenceParam, type ServerSentence, type WireSentence } from '@/lib/i18n/server-sentences';
import { MEETING_DESCRIPTIONS } from './describe-meeting-event';
import { quoted, refusalReason, status, text } from './history-words';

/**
 * One sentence saying what an audit event did, in the words of the room, as a sentence of the
 * catalogue so the history page words it in its reader's language. Every action the application
 * records has one; an unknown action is its own key, which no catalogue knows, so the page shows
 * the action's name rather than losing the event.
 */
export function historySentence(action: string, details: Record<string, unknown>): WireSentence {
  const describe = DESCRIPTIONS[action] ?? MEETING_DESCRIPTIONS[action];
  return describe ? describe(details) : { key: action, params: {} };
}

/** The English line, for the API and the tests. */
export function describeHistoryEvent(action: string, details: Record<string, unknown>): string {
  return englishOf(historySentence(action, details));
}

type Describe = (details: Record<string, unknown>) => ServerSentence;

/** "to insert “x”": what a proposal would do, or null when the event did not record it. */
export function proposalWords(details: Record<string, unknown>): ServerSentence | null {
  const inserted = quoted(details.inserted) ?? '…';
  const deleted = quoted(details.deleted) ?? '…';
  switch (details.kind) {
    case 'insert':
      return say('server.history.proposal.insert', { text: inserted });
    case 'delete':
      return say('server.history.proposal.delete', { text: deleted });
    case 'replace':
      return say('server.history.proposal.replace', { deleted, inserted });
    case 'new_paragraph':
      return say('server.history.proposal.newParagraph', {});
    case 'delete_paragraph':
      return say('server.history.proposal.deleteParagraph', {});
    default:
      return null;
  }
}

/** Whether a rejected proposal fell because another alternative was kept rather than by the chair's decision. */
export const fellWithAlternative = (d: Record<string, unknown>): boolean => Boolean(d.fellWith || d.fellWithAlternative);

function decision(full: 'accepted' | 'rejected' | 'fell' | 'withdrew'): Describe {
  return (d) => {
    const what = proposalWords(d);
    return what ? say(`server.history.${full}`, { what }) : say(`server.history.${full}Plain`, {});
  };
}

function describeResolvedSpot(d: Record<string, unknown>): ServerSentence {
  const kept = (d.kept ?? {}) as Record<string, unknown>;
  const which = text(kept.option) ?? quoted(kept.text) ?? '…';
  return say(d.deletedParagraph === true ? 'server.history.keptDeleted' : 'server.history.kept', { which });
}

/** What an export produced: "the CRP (Word)", "the agreed text (plain text) of a revision". */
export function exportedDocument(d: Record<string, unknown>): ServerSentence {
  const format = typeof d.format === 'string' ? d.format : '';
  let document: ServerSentence = say(EXPORTED_DOCUMENTS[format] ?? 'server.history.document.draft', {});
  if (text(d.revisionId)) document = say('server.history.document.ofRevision', { document });
  if (d.attribution === false && format.startsWith('crp.')) document = say('server.history.document.unattributed', { document });
  return document;
}

const EXPORTED_DOCUMENTS: Record<string, `server.history.document.${'crpDocx' | 'crpPdf' | 'trackedDocx' | 'cleanDocx' | 'cleanTxt' | 'aknXml'}`> = {
  'crp.docx': 'server.history.document.crpDocx',
  'crp.pdf': 'server.history.document.crpPdf',
  'tracked.docx': 'server.history.document.trackedDocx',
  'clean.docx': 'server.history.document.cleanDocx',
  'clean.txt': 'server.history.document.cleanTxt',
  'akn.xml': 'server.history.document.aknXml',
};

function describeCreatedDraft(d: Record<string, unknown>): ServerSentence {
  const source: SentenceParam =
    d.kind === 'paste' ? say('server.history.source.pasted', {}) : (text(d.source) ?? say('server.history.source.file', {}));
  return typeof d.paragraphs === 'number' ? say('server.history.createdCounted', { source, count: d.paragraphs }) : say('server.history.created', { source });
}

function describeStatus(d: Record<string, unknown>): ServerSentence {
  if (d.reopened === true) return say('server.history.reopened', { from: status(d.from), to: say('server.status.open', {}) });
  return say('server.history.status', { from: status(d.from), to: status(d.to) });
}

function withText(key: 'server.history.proposedParagraph' | 'server.history.lifted', plain: 'server.history.proposedParagraphPlain' | 'server.history.liftedPlain'): Describe {
  return (d) => {
    const words = quoted(d.text);
    return words ? say(key, { text: words }) : say(plain, {});
  };
}

const plain = (key: Parameters<typeof say>[0] & `server.history.${string}`): Describe => () => say(key, {} as never);

const DESCRIPTIONS: Record<string, Describe> = {
  acceptProposal: decision('accepted'),
  rejectProposal: (d) => (fellWithAlternative(d) ? decision('fell')(d) : decision('rejected')(d)),
  withdrawProposal: decision('withdrew'),
  setPosition: (d) =>
    say(d.position === 'support' ? 'server.history.supported' : d.position === 'oppose' ? 'server.history.opposed' : 'server.history.positionWithdrawn', {}),
  setStatus: describeStatus,
  proposeParagraph: withText('server.history.proposedParagraph', 'server.history.proposedParagraphPlain'),
  proposeParagraphDeletion: plain('server.history.proposedDeletion'),
  moveParagraph: (d) => say('server.history.moved', { from: Number(d.from) + 1, to: Number(d.to) + 1 }),
  setLabel: (d) => say('server.history.relabelled', { from: text(d.from) ?? '?', to: text(d.to) ?? '?' }),
  renumber: plain('server.history.renumbered'),
  undoDecision: describeUndo,
  // The delegation concerned is shown beside each line of the history.
  requestFloor: plain('server.history.floorRequested'),
  withdrawFloorRequest: plain('server.history.floorRequestWithdrawn'),
  giveFloor: plain('server.history.floorGiven'),
  closeFloor: plain('server.history.floorClosed'),
  liftBracket: withText('server.history.lifted', 'server.history.liftedPlain'),
  resolveSpot: describeResolvedSpot,
  setFocus: (d) => {
    const label = text(d.label);
    return label ? say('server.history.focus', { label }) : say('server.history.focusCleared', {});
  },
  comment: (d) => say(text(d.replyTo) ? 'server.history.replied' : 'server.history.commented', {}),
  comment_edit: plain('server.history.commentEdited'),
  comment_withdraw: plain('server.history.commentWithdrawn'),
  revision: (d) => {
    const name = text(d.name);
    return name ? say('server.history.revision', { name }) : say('server.history.revisionPlain', {});
  },
  'draft.export': (d) => say('server.history.exported', { document: exportedDocument(d) }),
  'draft.create': describeCreatedDraft,
  'update.refused': (d) => {
    const reason = refusalReason(d);
    return reason ? say('server.history.refusedBecause', { reason }) : say('server.history.refused', {});
  },
};

const UNDONE: Record<string, `server.history.undone.${string}`> = {
  acceptProposal: 'server.history.undone.acceptProposal',
  rejectProposal: 'server.history.undone.rejectProposal',
  acceptAll: 'server.history.undone.acceptAll',
  rejectAll: 'server.history.undone.rejectAll',
  setStatus: 'server.history.undone.setStatus',
  renumber: 'server.history.undone.renumber',
  resolveSpot: 'server.history.undone.resolveSpot',
};

function describeUndo(details: Record<string, unknown>): ServerSentence {
  const key = UNDONE[text(details.undid) ?? ''] ?? 'server.history.undone.decision';
  const count = Array.isArray(details.proposalIds) ? details.proposalIds.length : 0;
  return say('server.history.undid', { what: say(key as 'server.history.undone.decision', {}), count });
}

/** Every action with a sentence of its own, so a test can check that none is left as a code. */
export const DESCRIBED_ACTIONS: readonly string[] = [...Object.keys(DESCRIPTIONS), ...Object.keys(MEETING_DESCRIPTIONS)];
