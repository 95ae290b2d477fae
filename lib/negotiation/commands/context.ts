import type { Actor } from '../actor';
import { actingDelegation, can, type Action, type PolicyContext } from '../policy';
import { CHAIR_DELEGATION, type ParagraphStatus } from '../schema';
import { STATUS_LABELS, delegatesMayPropose, isTextLocked } from '../statuses';

/** Shared types and refusal sentences of the command handlers. */

export interface ApplyOptions {
  now: Date;
  newId: () => string;
  /** Delegation ids of the meeting; the secretariat may only speak for one of these. */
  knownDelegations: Set<string>;
  /** Transaction origin, so the server can tell its own writes from clients'. */
  origin?: unknown;
}

/**
 * One event for the audit log. `delegationId` is the delegation the event concerns: the
 * proposal's delegation for decisions, the acting delegation for proposals and positions.
 * The acting user is known to the caller and is not repeated here.
 */
export interface AuditEntry {
  action: string;
  paragraphId?: string;
  proposalId?: string;
  delegationId?: string | null;
  details?: Record<string, unknown>;
}

export type CommandOutcome = { ok: true; audit: AuditEntry[] } | { ok: false; error: string };

/** A checked command: what to write (run inside the single transaction) and what to audit. */
export type Plan = { ok: true; audit: AuditEntry[]; apply: () => void } | { ok: false; error: string };

export function refuse(error: string): Plan {
  return { ok: false, error };
}

export function plan(audit: AuditEntry[], apply: () => void): Plan {
  return { ok: true, audit, apply };
}

export const NO_CHANGE: Plan = { ok: true, audit: [], apply: () => undefined };

export const MISSING_PARAGRAPH = 'That paragraph no longer exists; it may have been removed.';
export const MISSING_PROPOSAL = 'That proposal is no longer pending; it may already have been decided or withdrawn.';

export function paragraphName(label: string): string {
  return label ? `Paragraph ${label}` : 'This paragraph';
}

export function lockedMessage(name: string, status: ParagraphStatus): string {
  return `${name} is ${STATUS_LABELS[status].toLowerCase()}; reopen it first.`;
}

const ROLE_MESSAGES: Partial<Record<Action, string>> = {
  propose: 'Your role cannot make proposals.',
  withdraw: 'Your role cannot withdraw proposals.',
  setPosition: 'Your role cannot support or oppose proposals.',
  decide: 'Only the chair or the secretariat can accept or reject proposals.',
  setStatus: "Only the chair or the secretariat can set a paragraph's status.",
  reorder: 'Only the chair or the secretariat can move paragraphs.',
  renumber: 'Only the chair or the secretariat can renumber paragraphs.',
  focus: 'Only the chair or the secretariat can move the room to a paragraph.',
  requestFloor: 'Your role cannot ask for the floor.',
  giveFloor: 'Only the chair or the secretariat can give or close the floor.',
};

/**
 * Null when `can` allows the action, otherwise the sentence explaining why not: the role,
 * or else the paragraph's status.
 */
export function policyRefusal(actor: Actor, action: Action, ctx: PolicyContext, name: string): string | null {
  if (can(actor, action, ctx)) return null;
  const status = ctx.paragraphStatus;
  const roleAllows = can(actor, action, { ...ctx, paragraphStatus: undefined });
  if (!roleAllows || status === undefined) return ROLE_MESSAGES[action] ?? 'Your role cannot do that.';
  if (isTextLocked(status)) return lockedMessage(name, status);
  if (action === 'propose' && !delegatesMayPropose(status)) {
    return `${name} is ${STATUS_LABELS[status].toLowerCase()}; reopen it before making proposals.`;
  }
  return ROLE_MESSAGES[action] ?? 'Your role cannot do that.';
}

export type Attribution = { ok: true; delegation: string } | { ok: false; error: string };

/**
 * The delegation a proposal or position is attributed to, checked: the secretariat must name
 * a delegation of the meeting, and nobody else may name anyone but themselves.
 */
export function resolveAttribution(
  actor: Actor,
  action: 'propose' | 'setPosition',
  ctx: { paragraphStatus?: ParagraphStatus; onBehalfOf?: string },
  name: string,
  opts: ApplyOptions,
): Attribution {
  const roleRefusal = policyRefusal(actor, action, { paragraphStatus: ctx.paragraphStatus }, name);
  if (roleRefusal) return { ok: false, error: roleRefusal };
  if (can(actor, 'actOnBehalf') && !ctx.onBehalfOf) {
    return { ok: false, error: 'Choose the delegation that has the floor before speaking on its behalf.' };
  }
  const delegation = actingDelegation(actor, ctx.onBehalfOf);
  if (delegation === null || (ctx.onBehalfOf !== undefined && ctx.onBehalfOf !== delegation)) {
    return { ok: false, error: 'You can only speak for your own delegation.' };
  }
  if (delegation !== CHAIR_DELEGATION && !opts.knownDelegations.has(delegation)) {
    return { ok: false, error: 'That delegation is not part of this meeting.' };
  }
  if (!can(actor, action, { paragraphStatus: ctx.paragraphStatus, actingAs: delegation })) {
    return { ok: false, error: ROLE_MESSAGES[action] ?? 'Your role cannot do that.' };
  }
  return { ok: true, delegation };
}
