import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getStatus } from '../draft-doc';
import { listParagraphProposals, readParagraphProposal } from '../proposals';
import { describeOpenBrackets } from '../open-brackets';
import { PARAGRAPH_KEYS, type ParagraphStatus } from '../schema';
import { isReopening } from '../statuses';
import { MISSING_PARAGRAPH, NO_CHANGE, paragraphName, plan, policyRefusal, refuse, type Plan } from './context';
import { dropProposalEntry } from './doc-writes';
import type { CommandOf } from './schema';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * A paragraph is agreed (or agreed ad referendum) only when nothing in it is still under
 * negotiation: no pending proposal, no brackets, no unresolved alternatives or options.
 * "Agreed in informals" may keep brackets the informal group has not cleared.
 */
function settledEnoughToAgree(doc: Y.Doc, paragraphId: string, to: ParagraphStatus, name: string): string | null {
  if (to !== 'agreed' && to !== 'agreed_ad_ref') return null;
  const wording = to === 'agreed' ? 'agreed' : 'agreed ad referendum';
  const pending = listParagraphProposals(doc, paragraphId).length;
  if (pending > 0) {
    return `${name} still has ${plural(pending, 'pending proposal', 'pending proposals')}; accept or reject them before marking it ${wording}.`;
  }
  const paragraph = getParagraph(doc, paragraphId);
  if (!paragraph) return null;
  const open = describeOpenBrackets(paragraph);
  const parts = [
    open.brackets > 0 ? plural(open.brackets, 'bracketed passage', 'bracketed passages') : null,
    open.spots > 0 ? plural(open.spots, 'set of alternatives', 'sets of alternatives') : null,
    open.options > 0 ? 'unresolved options' : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return `${name} still holds ${parts.join(' and ')}; lift the brackets and keep one alternative or option before marking it ${wording}.`;
}

/**
 * Records a paragraph's status; setting `open` reopens it. Agreed text must be clean, so a
 * paragraph with pending proposals cannot be marked agreed. Marking a paragraph deleted
 * settles a pending proposal to delete it.
 */
export function planSetStatus(doc: Y.Doc, actor: Actor, command: CommandOf<'setStatus'>): Plan {
  const paragraph = getParagraph(doc, command.paragraphId);
  if (!paragraph) return refuse(MISSING_PARAGRAPH);
  const label = getLabel(paragraph);
  const name = paragraphName(label);
  const refusal = policyRefusal(actor, 'setStatus', {}, name);
  if (refusal) return refuse(refusal);
  const from = getStatus(paragraph);
  const to = command.status;
  if (from === to) return NO_CHANGE;
  const refusalToAgree = settledEnoughToAgree(doc, command.paragraphId, to, name);
  if (refusalToAgree) return refuse(refusalToAgree);
  const deletion = to === 'deleted' ? readParagraphProposal(paragraph, 'deletionProposal') : null;
  const audit = {
    action: 'setStatus',
    paragraphId: command.paragraphId,
    details: { label, from, to, reopened: isReopening(from, to), settledDeletionProposal: deletion?.proposal ?? null },
  };
  return plan([audit], () => {
    paragraph.set(PARAGRAPH_KEYS.status, to);
    if (deletion) {
      paragraph.delete(PARAGRAPH_KEYS.deletionProposal);
      dropProposalEntry(doc, deletion.proposal);
    }
  });
}
