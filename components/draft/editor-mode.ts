import { actingDelegation, can } from '@/lib/negotiation/policy';
import { CHAIR_DELEGATION, type ParagraphStatus } from '@/lib/negotiation/schema';
import { isTextLocked } from '@/lib/negotiation/statuses';
import type { Role } from '@/lib/negotiation/roles';

export type EditorMode = 'proposal' | 'clean' | 'readonly';

export interface EditorSetup {
  mode: EditorMode;
  proposalActor?: { delegation: string; author: string };
}

/**
 * How a paragraph's editor behaves for this person: delegates always propose; the chair edits
 * clean text unless offering compromise text as Chair; the secretariat edits clean text unless
 * speaking for a delegation. Locked paragraphs and read-only roles cannot type at all.
 */
export function editorSetup(opts: {
  role: Role;
  userId: string;
  delegationId: string | null;
  status: ParagraphStatus;
  speakingFor: string | null;
  chairProposing: boolean;
}): EditorSetup {
  const { userId, status } = opts;
  const actor = { userId, role: opts.role, delegationId: opts.delegationId };
  if (isTextLocked(status) || !can(actor, 'writeText')) return { mode: 'readonly' };
  const delegation = actingDelegation(actor, opts.speakingFor);
  const proposing = delegation !== null && (delegation !== CHAIR_DELEGATION || opts.chairProposing);
  const editsCleanText = can(actor, 'decide', { paragraphStatus: status });
  if (!proposing) return editsCleanText ? { mode: 'clean' } : { mode: 'readonly' };
  if (!editsCleanText && !can(actor, 'propose', { paragraphStatus: status, actingAs: delegation })) return { mode: 'readonly' };
  return { mode: 'proposal', proposalActor: { delegation, author: userId } };
}
