import type { Actor } from './actor';
import { CHAIR_DELEGATION, type ParagraphStatus } from './schema';
import { delegatesMayPropose, isTextLocked } from './statuses';

/**
 * The roles table (docs/ARCHITECTURE.md, "Authentication and authorization") as one function,
 * shared by route handlers, server actions and the collaboration server, so that a button hidden
 * in the UI is never the only guard.
 *
 * `ctx` narrows the question when the caller knows more:
 * - `paragraphStatus`: the paragraph acted on; omitted means "no particular paragraph".
 * - `proposalDelegation`: the delegation that made the proposal (withdraw).
 * - `actingAs`: the delegation the action is attributed to (propose, setPosition, comment,
 *   actOnBehalf). `undefined` = not checked; `null` = nobody, which refuses attributed actions.
 * - `commentAuthor`: the user who wrote the comment acted on (editComment, withdrawComment);
 *   null when that account is gone.
 * Whether `actingAs` is a delegation of the meeting is the caller's check (it needs the db).
 */

export const ACTIONS = [
  'read',
  'writeText',
  'propose',
  'withdraw',
  'setPosition',
  'decide',
  'setStatus',
  'reorder',
  'renumber',
  'focus',
  'requestFloor',
  'giveFloor',
  'comment',
  'editComment',
  'withdrawComment',
  'reviewComments',
  'takeRevision',
  'export',
  'issueCrp',
  'setupMeeting',
  'actOnBehalf',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface PolicyContext {
  paragraphStatus?: ParagraphStatus;
  proposalDelegation?: string | null;
  actingAs?: string | null;
  commentAuthor?: string | null;
}

type Rule = (actor: Actor, ctx: PolicyContext) => boolean;

const isPresiding = (actor: Actor): boolean => actor.role === 'chair' || actor.role === 'secretariat';
const unlocked = (ctx: PolicyContext): boolean => ctx.paragraphStatus === undefined || !isTextLocked(ctx.paragraphStatus);

/** May this actor speak as `actingAs`? Delegates only as themselves, the chair only as Chair. */
function mayActAs(actor: Actor, actingAs: string | null | undefined): boolean {
  if (actingAs === undefined) return true;
  if (actingAs === null) return false;
  if (actor.role === 'secretariat') return actingAs !== CHAIR_DELEGATION;
  if (actor.role === 'chair') return actingAs === CHAIR_DELEGATION;
  return actor.delegationId !== null && actingAs === actor.delegationId;
}

/** Comments are written by the presiding officers, and by delegates and observers for their own delegation. */
function mayComment(actor: Actor, actingAs: string | null | undefined): boolean {
  if (isPresiding(actor)) return true;
  if (actor.role !== 'delegate' && actor.role !== 'observer') return false;
  if (actor.delegationId === null) return false;
  return actingAs === undefined || actingAs === actor.delegationId;
}

/** Only its author (while still allowed to comment) or the secretariat may change a comment. */
function mayChangeComment(actor: Actor, ctx: PolicyContext): boolean {
  if (actor.role === 'secretariat') return true;
  return typeof ctx.commentAuthor === 'string' && ctx.commentAuthor === actor.userId && mayComment(actor, undefined);
}

const RULES: Record<Action, Rule> = {
  read: () => true,
  // Sending edits to the draft's text at all; what an edit may change is judged per paragraph.
  writeText: (actor) => actor.role === 'secretariat' || actor.role === 'chair' || actor.role === 'delegate',
  propose: (actor, ctx) => {
    const statusAllows = ctx.paragraphStatus === undefined || delegatesMayPropose(ctx.paragraphStatus);
    if (!statusAllows) return false;
    if (actor.role === 'chair') return mayActAs(actor, ctx.actingAs);
    if (actor.role === 'secretariat') return mayActAs(actor, ctx.actingAs);
    if (actor.role === 'delegate') return actor.delegationId !== null && mayActAs(actor, ctx.actingAs);
    return false;
  },
  withdraw: (actor, ctx) => {
    if (!unlocked(ctx)) return false;
    if (isPresiding(actor)) return true;
    if (actor.role !== 'delegate' || actor.delegationId === null) return false;
    return ctx.proposalDelegation === actor.delegationId;
  },
  setPosition: (actor, ctx) => {
    if (!unlocked(ctx)) return false;
    if (actor.role === 'secretariat') return mayActAs(actor, ctx.actingAs);
    if (actor.role === 'delegate') return actor.delegationId !== null && mayActAs(actor, ctx.actingAs);
    return false;
  },
  decide: (actor, ctx) => isPresiding(actor) && unlocked(ctx),
  // Setting a status is also how an agreed paragraph is reopened, so no lock applies.
  setStatus: (actor) => isPresiding(actor),
  reorder: (actor) => isPresiding(actor),
  renumber: (actor) => isPresiding(actor),
  focus: (actor) => isPresiding(actor),
  // Observers may ask for the floor too: the chair gives it to observers at discretion, and
  // the queue is where that discretion is exercised. The secretariat adds a delegation that
  // raised its flag in the room; the chair presides and does not queue.
  requestFloor: (actor, ctx) => {
    if (actor.role === 'secretariat') return mayActAs(actor, ctx.actingAs);
    if (actor.role !== 'delegate' && actor.role !== 'observer') return false;
    return actor.delegationId !== null && mayActAs(actor, ctx.actingAs);
  },
  giveFloor: (actor) => isPresiding(actor),
  comment: (actor, ctx) => mayComment(actor, ctx.actingAs),
  editComment: mayChangeComment,
  withdrawComment: mayChangeComment,
  // The secretariat's view of the comments: every delegation's at once, and the text of withdrawn ones.
  reviewComments: (actor) => actor.role === 'secretariat',
  takeRevision: (actor) => isPresiding(actor),
  export: (actor) => actor.role !== 'viewer',
  // Choosing a paper's issue date and CRP number is issuing it: the secretariat's work.
  issueCrp: (actor) => actor.role === 'secretariat',
  setupMeeting: (actor) => actor.role === 'secretariat',
  actOnBehalf: (actor, ctx) => actor.role === 'secretariat' && mayActAs(actor, ctx.actingAs),
};

export function can(actor: Actor, action: Action, ctx: PolicyContext = {}): boolean {
  return RULES[action](actor, ctx);
}

/**
 * The delegation a proposal or position by this actor is attributed to: a delegate's own
 * delegation, the chair's CHAIR_DELEGATION, or — for the secretariat operating the screen —
 * the delegation that has the floor (`onBehalfOf`, required). Observers and viewers: null.
 */
export function actingDelegation(actor: Actor, onBehalfOf?: string | null): string | null {
  switch (actor.role) {
    case 'delegate':
      return actor.delegationId;
    case 'chair':
      return CHAIR_DELEGATION;
    case 'secretariat':
      return onBehalfOf ?? null;
    default:
      return null;
  }
}
