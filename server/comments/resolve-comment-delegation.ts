import type { Actor } from '@/lib/negotiation/actor';
import { can } from '@/lib/negotiation/policy';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { DraftAccess } from '@/server/drafts/resolve-draft-access';
import { AppError } from '@/server/http/app-error';

/**
 * The delegation a new comment is made on behalf of. Delegates and observers speak for their own
 * delegation only; the chair as Chair; the secretariat for any current delegation of the meeting
 * (a statement received by email), which it must name. Viewers cannot comment.
 */
export function resolveCommentDelegation({
  access,
  userId,
  onBehalfOf,
}: {
  access: DraftAccess;
  userId: string;
  onBehalfOf?: string | null;
}): string {
  const actor: Actor = { userId, role: access.role, delegationId: access.delegationId };
  if (!can(actor, 'comment')) throw new AppError('forbidden', 'Your role can read comments but not make them.');
  switch (access.role) {
    case 'chair':
      if (onBehalfOf && onBehalfOf !== CHAIR_DELEGATION) {
        throw new AppError('forbidden', 'The chair comments as Chair, not on behalf of a delegation.');
      }
      return CHAIR_DELEGATION;
    case 'secretariat':
      if (!onBehalfOf) throw new AppError('bad_request', 'Choose the delegation this comment is made on behalf of.');
      if (!access.knownDelegations.includes(onBehalfOf)) {
        throw new AppError('bad_request', 'That delegation is not (or no longer) a delegation of this meeting.');
      }
      return onBehalfOf;
    default: {
      const own = access.delegationId;
      if (!own) throw new AppError('forbidden', 'You are not registered with a delegation, so you cannot comment.');
      if (onBehalfOf && onBehalfOf !== own) {
        throw new AppError('forbidden', 'You can comment only on behalf of your own delegation.');
      }
      if (!can(actor, 'comment', { actingAs: own })) throw new AppError('forbidden', 'Your role cannot comment.');
      return own;
    }
  }
}
