import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getStatus } from '../draft-doc';
import { listParagraphProposals, readParagraphProposal } from '../proposals';
import { PARAGRAPH_KEYS } from '../schema';
import { isReopening } from '../statuses';
import { MISSING_PARAGRAPH, NO_CHANGE, paragraphName, plan, policyRefusal, refuse, type Plan } from './context';
import { dropProposalEntry } from './doc-writes';
import type { CommandOf } from './schema';

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
  if (to === 'agreed' && listParagraphProposals(doc, command.paragraphId).length > 0) {
    return refuse(`${name} still has pending proposals; accept or reject them before marking it agreed.`);
  }
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
