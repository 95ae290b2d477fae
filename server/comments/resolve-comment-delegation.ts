import type { Actor } from '@/lib/negotiation/actor';
import { can } from '@/lib/negotiation/policy';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { DraftAccess } from '@/server/drafts/resolve-draft-access';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

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
  if (!can(actor, 'comment')) throw new AppError('forbidden', say('server.http.refused.comment', {}));
  switch (access.role) {
    case 'chair':
      if (onBehalfOf && onBehalfOf !== CHAIR_DELEGATION) {
        throw new AppError('forbidden', say('server.comments.chairAsChair', {}));
      }
      return CHAIR_DELEGATION;
    case 'secretariat':
      if (!onBehalfOf) throw new AppError('bad_request', say('server.comments.chooseDelegation', {}));
      if (!access.knownDelegations.includes(onBehalfOf)) {
        throw new AppError('bad_request', say('server.comments.unknownDelegation', {}));
      }
      return onBehalfOf;
    default: {
      const own = access.delegationId;
      if (!own) throw new AppError('forbidden', say('server.comments.noDelegation', {}));
      if (onBehalfOf && onBehalfOf !== own) {
        throw new AppError('forbidden', say('server.comments.ownDelegationOnly', {}));
      }
      if (!can(actor, 'comment', { actingAs: own })) throw new AppError('forbidden', say('server.comments.roleCannot', {}));
      return own;
    }
  }
}
