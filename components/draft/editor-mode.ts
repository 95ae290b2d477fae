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
  const { role, userId, status } = opts;
  if (isTextLocked(status)) return { mode: 'readonly' };
  if (role === 'delegate' && opts.delegationId) {
    if (status !== 'open') return { mode: 'readonly' };
    return { mode: 'proposal', proposalActor: { delegation: opts.delegationId, author: userId } };
  }
  if (role === 'chair') {
    return opts.chairProposing
      ? { mode: 'proposal', proposalActor: { delegation: CHAIR_DELEGATION, author: userId } }
      : { mode: 'clean' };
  }
  if (role === 'secretariat') {
    return opts.speakingFor
      ? { mode: 'proposal', proposalActor: { delegation: opts.speakingFor, author: userId } }
      : { mode: 'clean' };
  }
  return { mode: 'readonly' };
}
