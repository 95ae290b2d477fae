import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getParagraphText, getStatus } from '../draft-doc';
import { listParagraphProposals, type Proposal } from '../proposals';
import { PARAGRAPH_KEYS } from '../schema';
import { isTextLocked } from '../statuses';
import {
  MISSING_PARAGRAPH,
  MISSING_PROPOSAL,
  NO_CHANGE,
  lockedMessage,
  paragraphName,
  plan,
  policyRefusal,
  refuse,
  type AuditEntry,
  type Plan,
} from './context';
import { dropProposalEntry, removeParagraph } from './doc-writes';
import type { CommandOf } from './schema';
import { settleProposalInText, type ProposalOutcome } from './text-marks';

/** Accept, reject and withdraw: settling pending proposals on the server's own document. */

type DecisionAction = 'acceptProposal' | 'rejectProposal' | 'withdrawProposal';

interface Step {
  audit: AuditEntry;
  apply: () => void;
}

function settleParagraphLevel(doc: Y.Doc, proposal: Proposal, outcome: ProposalOutcome): void {
  const paragraph = getParagraph(doc, proposal.paragraphId);
  if (!paragraph) return;
  if (proposal.kind === 'new_paragraph') {
    if (outcome === 'reject') {
      for (const other of listParagraphProposals(doc, proposal.paragraphId)) dropProposalEntry(doc, other.id);
      removeParagraph(doc, proposal.paragraphId);
      return;
    }
    paragraph.delete(PARAGRAPH_KEYS.proposedBy);
    paragraph.delete(PARAGRAPH_KEYS.insertionProposal);
    const text = getParagraphText(paragraph);
    if (text) settleProposalInText(text, proposal.id, 'accept');
    return;
  }
  if (outcome === 'accept') paragraph.set(PARAGRAPH_KEYS.status, 'deleted');
  paragraph.delete(PARAGRAPH_KEYS.deletionProposal);
}

function settle(doc: Y.Doc, proposal: Proposal, outcome: ProposalOutcome): void {
  if (proposal.kind === 'new_paragraph' || proposal.kind === 'delete_paragraph') {
    settleParagraphLevel(doc, proposal, outcome);
  } else {
    const paragraph = getParagraph(doc, proposal.paragraphId);
    const text = paragraph && getParagraphText(paragraph);
    if (text) settleProposalInText(text, proposal.id, outcome);
  }
  dropProposalEntry(doc, proposal.id);
}

function decisionStep(doc: Y.Doc, proposal: Proposal, action: DecisionAction, label: string): Step {
  const outcome: ProposalOutcome = action === 'acceptProposal' ? 'accept' : 'reject';
  const { kind, inserted, deleted, author, at, supporters, objectors } = proposal;
  return {
    audit: {
      action,
      paragraphId: proposal.paragraphId,
      proposalId: proposal.id,
      delegationId: proposal.delegation,
      details: { label, kind, inserted, deleted, author, at, supporters, objectors },
    },
    apply: () => settle(doc, proposal, outcome),
  };
}

function findInParagraph(doc: Y.Doc, paragraphId: string, proposalId: string): Proposal | undefined {
  return listParagraphProposals(doc, paragraphId).find((proposal) => proposal.id === proposalId);
}

export function planDecision(
  doc: Y.Doc,
  actor: Actor,
  command: CommandOf<'acceptProposal' | 'rejectProposal'>,
): Plan {
  const paragraph = getParagraph(doc, command.paragraphId);
  if (!paragraph) return refuse(MISSING_PARAGRAPH);
  const label = getLabel(paragraph);
  const refusal = policyRefusal(actor, 'decide', { paragraphStatus: getStatus(paragraph) }, paragraphName(label));
  if (refusal) return refuse(refusal);
  const proposal = findInParagraph(doc, command.paragraphId, command.proposalId);
  if (!proposal) return refuse(MISSING_PROPOSAL);
  const step = decisionStep(doc, proposal, command.type, label);
  return plan([step.audit], step.apply);
}

export function planWithdrawal(doc: Y.Doc, actor: Actor, command: CommandOf<'withdrawProposal'>): Plan {
  const paragraph = getParagraph(doc, command.paragraphId);
  if (!paragraph) return refuse(MISSING_PARAGRAPH);
  const label = getLabel(paragraph);
  const status = getStatus(paragraph);
  if (isTextLocked(status)) return refuse(lockedMessage(paragraphName(label), status));
  const proposal = findInParagraph(doc, command.paragraphId, command.proposalId);
  if (!proposal) return refuse(MISSING_PROPOSAL);
  const ctx = { paragraphStatus: status, proposalDelegation: proposal.delegation };
  const refusal = policyRefusal(actor, 'withdraw', ctx, paragraphName(label));
  if (refusal) {
    const ownOnly = actor.role === 'delegate' && actor.delegationId !== null;
    return refuse(ownOnly ? "You can only withdraw your own delegation's proposals." : refusal);
  }
  const step = decisionStep(doc, proposal, 'withdrawProposal', label);
  return plan([step.audit], step.apply);
}

/** Paragraph-level decisions go last; a rejected new paragraph disappears, so it goes very last. */
function decisionOrder(proposals: Proposal[], accept: boolean): Proposal[] {
  const rank = (p: Proposal): number => {
    if (p.kind === 'new_paragraph') return accept ? 1 : 2;
    if (p.kind === 'delete_paragraph') return accept ? 2 : 1;
    return 0;
  };
  return [...proposals].sort((a, b) => rank(a) - rank(b));
}

export function planDecideAll(doc: Y.Doc, actor: Actor, command: CommandOf<'acceptAll' | 'rejectAll'>): Plan {
  const paragraph = getParagraph(doc, command.paragraphId);
  if (!paragraph) return refuse(MISSING_PARAGRAPH);
  const label = getLabel(paragraph);
  const refusal = policyRefusal(actor, 'decide', { paragraphStatus: getStatus(paragraph) }, paragraphName(label));
  if (refusal) return refuse(refusal);
  const accept = command.type === 'acceptAll';
  const proposals = decisionOrder(listParagraphProposals(doc, command.paragraphId), accept);
  if (proposals.length === 0) return NO_CHANGE;
  const action: DecisionAction = accept ? 'acceptProposal' : 'rejectProposal';
  const steps = proposals.map((proposal) => decisionStep(doc, proposal, action, label));
  return plan(
    steps.map((step) => step.audit),
    () => steps.forEach((step) => step.apply()),
  );
}
