import type { Actor } from '../actor';
import { actingDelegation, can, type Action, type PolicyContext } from '../policy';
import { CHAIR_DELEGATION, type ParagraphStatus } from '../schema';
import { delegatesMayPropose, isTextLocked } from '../statuses';
import { englishOf, say, type ServerSentence, type WireSentence } from '../../i18n/server-sentences';

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

/** A refusal keeps its English `error` and carries its `sentence` (key and parameters) for the page. */
export type CommandRefusal = { ok: false; error: string; sentence: WireSentence };
export type CommandOutcome = { ok: true; audit: AuditEntry[] } | CommandRefusal;

/** A checked command: what to write (run inside the single transaction) and what to audit. */
export type Plan = { ok: true; audit: AuditEntry[]; apply: () => void } | CommandRefusal;

export function refuse(sentence: ServerSentence): CommandRefusal {
  return { ok: false, error: englishOf(sentence), sentence };
}

export function plan(audit: AuditEntry[], apply: () => void): Plan {
  return { ok: true, audit, apply };
}

export const NO_CHANGE: Plan = { ok: true, audit: [], apply: () => undefined };

export const MISSING_PARAGRAPH = say('server.command.missingParagraph', {});
export const MISSING_PROPOSAL = say('server.command.missingProposal', {});

export function paragraphName(label: string): ServerSentence {
  return label ? say('server.paragraph.named', { label }) : say('server.paragraph.unnamed', {});
}

/** A status as a word inside a sentence ("is agreed ad referendum"). */
export function statusWord(status: ParagraphStatus): ServerSentence {
  return say(`server.status.${status}`, {});
}

export function lockedMessage(name: ServerSentence, status: ParagraphStatus): ServerSentence {
  return say('server.command.locked', { name, status: statusWord(status) });
}

const ROLE_MESSAGES: Partial<Record<Action, ServerSentence>> = {
  propose: say('server.command.role.propose', {}),
  withdraw: say('server.command.role.withdraw', {}),
  setPosition: say('server.command.role.setPosition', {}),
  decide: say('server.command.role.decide', {}),
  setStatus: say('server.command.role.setStatus', {}),
  reorder: say('server.command.role.reorder', {}),
  renumber: say('server.command.role.renumber', {}),
  focus: say('server.command.role.focus', {}),
  requestFloor: say('server.command.role.requestFloor', {}),
  giveFloor: say('server.command.role.giveFloor', {}),
};

/**
 * Null when `can` allows the action, otherwise the sentence explaining why not: the role,
 * or else the paragraph's status.
 */
export function policyRefusal(actor: Actor, action: Action, ctx: PolicyContext, name: ServerSentence = paragraphName('')): ServerSentence | null {
  if (can(actor, action, ctx)) return null;
  const status = ctx.paragraphStatus;
  const roleAllows = can(actor, action, { ...ctx, paragraphStatus: undefined });
  if (!roleAllows || status === undefined) return roleMessage(action);
  if (isTextLocked(status)) return lockedMessage(name, status);
  if (action === 'propose' && !delegatesMayPropose(status)) {
    return say('server.command.reopenToPropose', { name, status: statusWord(status) });
  }
  return roleMessage(action);
}

function roleMessage(action: Action): ServerSentence {
  return ROLE_MESSAGES[action] ?? say('server.command.role.other', {});
}

export type Attribution = { ok: true; delegation: string } | { ok: false; error: ServerSentence };

/**
 * The delegation a proposal or position is attributed to, checked: the secretariat must name
 * a delegation of the meeting, and nobody else may name anyone but themselves.
 */
export function resolveAttribution(
  actor: Actor,
  action: 'propose' | 'setPosition',
  ctx: { paragraphStatus?: ParagraphStatus; onBehalfOf?: string },
  name: ServerSentence,
  opts: ApplyOptions,
): Attribution {
  const roleRefusal = policyRefusal(actor, action, { paragraphStatus: ctx.paragraphStatus }, name);
  if (roleRefusal) return { ok: false, error: roleRefusal };
  if (can(actor, 'actOnBehalf') && !ctx.onBehalfOf) {
    return { ok: false, error: say('server.command.chooseDelegation', {}) };
  }
  const delegation = actingDelegation(actor, ctx.onBehalfOf);
  if (delegation === null || (ctx.onBehalfOf !== undefined && ctx.onBehalfOf !== delegation)) {
    return { ok: false, error: say('server.command.ownDelegationOnly', {}) };
  }
  if (delegation !== CHAIR_DELEGATION && !opts.knownDelegations.has(delegation)) {
    return { ok: false, error: say('server.command.unknownDelegation', {}) };
  }
  if (!can(actor, action, { paragraphStatus: ctx.paragraphStatus, actingAs: delegation })) {
    return { ok: false, error: roleMessage(action) };
  }
  return { ok: true, delegation };
}
