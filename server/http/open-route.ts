import type { Actor } from '@/lib/negotiation/actor';
import { can, type Action } from '@/lib/negotiation/policy';
import type { SessionUser } from '@/server/auth/get-session-user';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb, type Database } from '@/server/db/client';
import type { DraftAccess } from '@/server/drafts/resolve-draft-access';
import { requireDraftAccess } from '@/server/drafts/require-draft-access';
import { getMembership, type MembershipRole } from '@/server/meetings/get-membership';
import { requireAdministrator } from '@/server/users/require-administrator';
import { AppError } from './app-error';
import { guardStateChange, type BodyKind } from './guard-state-change';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * What a route needs before its own work: exactly one of
 * - `draft`: the permission asked of the caller's role in the draft's meeting (params.draftId);
 * - `meeting`: the same in the meeting (params.meetingId);
 * - `administrator`: an instance administrator (creating meetings, restoring backups);
 * - `signedIn`: any signed-in account (its own meetings, a websocket token).
 * `accept`: the body types of a state-changing method (default JSON; [] when it reads no body).
 * `refused`: the sentence of the 403, when the permission's usual one does not fit.
 */
export type RouteNeeds = ({ draft: Action } | { meeting: Action } | { administrator: true } | { signedIn: true }) & {
  accept?: readonly BodyKind[];
  refused?: string;
};

export interface RouteContext<P> {
  user: SessionUser;
  params: P;
  request: Request;
  db: Database;
}

export interface DraftRouteContext<P> extends RouteContext<P> {
  access: DraftAccess;
  actor: Actor;
}

export interface MeetingRouteContext<P> extends RouteContext<P> {
  membership: MembershipRole;
  actor: Actor;
}

export type AnyRouteContext<P> = RouteContext<P> | DraftRouteContext<P> | MeetingRouteContext<P>;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a refusal says, by permission; the roles table has the full picture. */
const REFUSED: Partial<Record<Action, ServerSentence>> = {
  export: say('server.http.refused.export', {}),
  setupMeeting: say('server.http.refused.setupMeeting', {}),
  takeRevision: say('server.http.refused.takeRevision', {}),
  comment: say('server.http.refused.comment', {}),
};
const NOT_A_MEMBER = say('server.http.notAMember', {});

/**
 * The opening every route handler shares: a state-changing method first refuses another site's
 * requests and undocumented body types (guardStateChange); then the session (401 without one,
 * 403 while the account must still choose its password); then the caller's membership, read
 * fresh (404 for a draft or meeting they are not part of, so ids do not leak), and the
 * permission the route declares, asked of the policy (403).
 */
export async function openRoute<P>(request: Request, params: P, needs: RouteNeeds): Promise<AnyRouteContext<P>> {
  if (!READS.has(request.method.toUpperCase())) guardStateChange({ request, accept: needs.accept ?? ['json'] });
  const user = await requireSessionUser({ signInMessage: say('server.http.signInApi', {}) });
  const db = getDb();
  const base: RouteContext<P> = { user, params, request, db };
  if ('draft' in needs) {
    const access = await requireDraftAccess({ db, userId: user.id, draftId: paramOf(params, 'draftId') });
    const actor: Actor = { userId: user.id, role: access.role, delegationId: access.delegationId };
    refuseUnless(actor, needs.draft, needs.refused);
    return { ...base, access, actor };
  }
  if ('meeting' in needs) {
    const membership = await getMembership({ db, userId: user.id, meetingId: paramOf(params, 'meetingId') });
    if (!membership) throw new AppError('not_found', NOT_A_MEMBER);
    const actor: Actor = { userId: user.id, role: membership.role, delegationId: membership.delegationId };
    refuseUnless(actor, needs.meeting, needs.refused);
    return { ...base, membership, actor };
  }
  if ('administrator' in needs) await requireAdministrator({ db, userId: user.id });
  return base;
}

function refuseUnless(actor: Actor, action: Action, refused: string | undefined): void {
  if (!can(actor, action)) throw new AppError('forbidden', refused ?? REFUSED[action] ?? say('server.http.refused.other', {}));
}

function paramOf(params: unknown, name: 'draftId' | 'meetingId'): string {
  const value = (params as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string') throw new Error(`This route declares a ${name.replace('Id', '')} permission but has no :${name} segment.`);
  return value;
}
