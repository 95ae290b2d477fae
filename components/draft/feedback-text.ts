import { isParagraphStatus, isTextLocked } from '@/lib/negotiation/statuses';
import type { Role } from '@/lib/negotiation/roles';
import type { ParagraphStatus } from '@/lib/negotiation/schema';

/**
 * The short sentences the draft page shows next to a control once the server has answered,
 * and the one it shows when someone tries to type where they cannot. They are said in the
 * interface's language: `say` is the page's translator for `draft.feedback` (messages/*.json).
 */

export type Say = (key: string, values?: Record<string, string>) => string;

/** The catalog key of each command's answer. */
const DONE: Record<string, string> = {
  acceptProposal: 'accepted',
  rejectProposal: 'rejected',
  acceptAll: 'acceptedAll',
  rejectAll: 'rejectedAll',
  withdrawProposal: 'withdrawn',
  proposeParagraph: 'paragraphProposed',
  proposeParagraphDeletion: 'deletionProposed',
  moveParagraph: 'moved',
  setLabel: 'relabelled',
  renumber: 'renumbered',
  setFocus: 'shown',
  requestFloor: 'onList',
  withdrawFloorRequest: 'requestWithdrawn',
  giveFloor: 'floorGiven',
  closeFloor: 'floorClosed',
  liftBracket: 'bracketsLifted',
  resolveSpot: 'alternativeKept',
  undoDecision: 'undone',
};

/** What the page says when the server accepted `command`; `statusName` names a status in the same language. */
export function doneSentence(
  command: { type?: unknown; status?: unknown; position?: unknown },
  say: Say,
  statusName: (status: ParagraphStatus) => string,
): string {
  if (command.type === 'setStatus' && isParagraphStatus(command.status)) return say('statusSet', { status: statusName(command.status) });
  if (command.type === 'setPosition') {
    if (command.position === 'support') return say('supportRecorded');
    if (command.position === 'oppose') return say('objectionRecorded');
    return say('positionWithdrawn');
  }
  const key = typeof command.type === 'string' ? DONE[command.type] : undefined;
  return say(key ?? 'done');
}

/**
 * Why a paragraph cannot be typed in by this person, or null when it can (or when they never
 * type anywhere, as observers and viewers do not). `state` is the status as a sentence says it
 * ("agreed").
 */
export function lockedSentence(name: string, status: ParagraphStatus, role: Role, say: Say, state: string): string | null {
  if (role === 'observer' || role === 'viewer') return null;
  const presiding = role === 'chair' || role === 'secretariat';
  if (isTextLocked(status)) return say(presiding ? 'lockedReopen' : 'locked', { name, state });
  if (status !== 'open' && role === 'delegate') return say('lockedForProposals', { name, state });
  return null;
}
