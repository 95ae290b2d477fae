import { isParagraphStatus, isTextLocked, STATUS_LABELS } from '@/lib/negotiation/statuses';
import type { Role } from '@/lib/negotiation/roles';
import type { ParagraphStatus } from '@/lib/negotiation/schema';

/**
 * The short sentences the draft page shows next to a control once the server has answered,
 * and the one it shows when someone tries to type where they cannot.
 */

const DONE: Record<string, string> = {
  acceptProposal: 'Accepted.',
  rejectProposal: 'Rejected.',
  acceptAll: 'All proposals accepted.',
  rejectAll: 'All proposals rejected.',
  withdrawProposal: 'Withdrawn.',
  proposeParagraph: 'New paragraph proposed.',
  proposeParagraphDeletion: 'Deletion proposed.',
  moveParagraph: 'Moved.',
  setLabel: 'Relabelled.',
  renumber: 'Paragraphs renumbered.',
  setFocus: 'Shown to the room.',
  requestFloor: 'You are on the speakers’ list.',
  withdrawFloorRequest: 'Request withdrawn.',
  giveFloor: 'Floor given.',
  closeFloor: 'Floor closed.',
  liftBracket: 'Brackets lifted.',
  resolveSpot: 'Alternative kept.',
  undoDecision: 'Undone: the text is back as it was before the decision.',
};

/** What the page says when the server accepted `command`. */
export function doneSentence(command: { type?: unknown; status?: unknown; position?: unknown }): string {
  if (command.type === 'setStatus' && isParagraphStatus(command.status)) return `Status set to ${STATUS_LABELS[command.status]}.`;
  if (command.type === 'setPosition') {
    if (command.position === 'support') return 'Support recorded.';
    if (command.position === 'oppose') return 'Objection recorded.';
    return 'Position withdrawn.';
  }
  return (typeof command.type === 'string' ? DONE[command.type] : undefined) ?? 'Done.';
}

/**
 * Why a paragraph cannot be typed in by this person, or null when it can (or when they never
 * type anywhere, as observers and viewers do not).
 */
export function lockedSentence(name: string, status: ParagraphStatus, role: Role): string | null {
  if (role === 'observer' || role === 'viewer') return null;
  const presiding = role === 'chair' || role === 'secretariat';
  const state = STATUS_LABELS[status].toLowerCase();
  if (isTextLocked(status)) return presiding ? `${name} is ${state}; reopen it to change the text.` : `${name} is ${state}; the chair can reopen it.`;
  if (status !== 'open' && role === 'delegate') return `${name} is ${state}; the chair can reopen it for proposals.`;
  return null;
}
