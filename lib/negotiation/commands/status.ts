import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getStatus } from '../draft-doc';
import { listParagraphProposals, readParagraphProposal } from '../proposals';
import { describeOpenBrackets } from '../open-brackets';
import { PARAGRAPH_KEYS, type ParagraphStatus } from '../schema';
import { isReopening } from '../statuses';
import { MISSING_PARAGRAPH, NO_CHANGE, paragraphName, plan, policyRefusal, refuse, statusWord, type Plan } from './context';
import { dropProposalEntry } from './doc-writes';
import type { CommandOf } from './schema';
import { say, type ServerSentence } from '../../i18n/server-sentences';

/**
 * A paragraph is agreed (or agreed ad referendum) only when nothing in it is still under
 * negotiation: no pending proposal, no brackets, no unresolved alternatives or options.
 * "Agreed in informals" may keep brackets the informal group has not cleared.
 */
function settledEnoughToAgree(doc: Y.Doc, paragraphId: string, to: ParagraphStatus, name: ServerSentence): ServerSentence | null {
  if (to !== 'agreed' && to !== 'agreed_ad_ref') return null;
  const status = statusWord(to);
  const pending = listParagraphProposals(doc, paragraphId).length;
  if (pending > 0) {
    return say('server.command.pendingBeforeAgree', { name, count: pending, status });
  }
  const paragraph = getParagraph(doc, paragraphId);
  if (!paragraph) return null;
  const open = describeOpenBrackets(paragraph);
  const parts: ServerSentence[] = [];
  if (open.brackets > 0) parts.push(say('server.part.bracketedPassages', { count: open.brackets }));
  if (open.spots > 0) parts.push(say('server.part.alternativeSets', { count: open.spots }));
  if (open.options > 0) parts.push(say('server.part.unresolvedOptions', {}));
  // "a and b and c", each part translated on its own.
  const held = parts.reduce<ServerSentence | null>((first, second) => (first === null ? second : say('server.part.and', { first, second })), null);
  if (held === null) return null;
  return say('server.command.openBeforeAgree', { name, held, status });
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
