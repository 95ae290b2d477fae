import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getParagraphText, getStatus } from '../draft-doc';
import { alternativeSets, listParagraphProposals, type Proposal } from '../proposals';
import { can } from '../policy';
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
import { say, type ServerSentence } from '../../i18n/server-sentences';

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

function decisionStep(doc: Y.Doc, proposal: Proposal, action: DecisionAction, label: string, fellWith?: string): Step {
  const outcome: ProposalOutcome = action === 'acceptProposal' ? 'accept' : 'reject';
  const { kind, inserted, deleted, author, at, supporters, objectors, set, alternative } = proposal;
  const details: Record<string, unknown> = { label, kind, inserted, deleted, author, at, supporters, objectors };
  if (set) Object.assign(details, { set, alternative });
  if (fellWith) details.fellWith = fellWith;
  return {
    audit: { action, paragraphId: proposal.paragraphId, proposalId: proposal.id, delegationId: proposal.delegation, details },
    apply: () => settle(doc, proposal, outcome),
  };
}

/**
 * Accepting one alternative of a set rejects the others in the same command: accepting two
 * competing proposals together would write a text nobody proposed.
 */
function acceptanceSteps(doc: Y.Doc, proposal: Proposal, label: string): Step[] {
  const siblings = proposal.set
    ? listParagraphProposals(doc, proposal.paragraphId).filter((other) => other.set === proposal.set && other.id !== proposal.id)
    : [];
  const falling = siblings.map((other) => decisionStep(doc, other, 'rejectProposal', label, proposal.id));
  return [...falling, decisionStep(doc, proposal, 'acceptProposal', label)];
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
  const steps = command.type === 'acceptProposal' ? acceptanceSteps(doc, proposal, label) : [decisionStep(doc, proposal, command.type, label)];
  return planSteps(steps);
}

function planSteps(steps: Step[]): Plan {
  return plan(
    steps.map((step) => step.audit),
    () => steps.forEach((step) => step.apply()),
  );
}

/** "Paragraph 3 holds competing proposals at one spot ("shall" (alt 1) / "may" (alt 2)); …" */
function unresolvedSetsMessage(name: ServerSentence, sets: Map<string, Proposal[]>): ServerSentence {
  const listed = [...sets.values()].map((members) =>
    members.map((member) => `"${member.inserted || member.deleted}" (alt ${member.alternative ?? '?'})`).join(' / '),
  );
  return say('server.command.competingProposals', { name, count: sets.size, list: listed.join('; ') });
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
    // Someone who could withdraw their own delegation's proposal, but this one is another's.
    const ownOnly = actor.delegationId !== null && can(actor, 'withdraw', { paragraphStatus: status, proposalDelegation: actor.delegationId });
    return refuse(ownOnly ? say('server.command.withdrawOwnOnly', {}) : refusal);
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
  const sets = alternativeSets(proposals);
  if (accept && sets.size > 0) return refuse(unresolvedSetsMessage(paragraphName(label), sets));
  const action: DecisionAction = accept ? 'acceptProposal' : 'rejectProposal';
  return planSteps(proposals.map((proposal) => decisionStep(doc, proposal, action, label)));
}
