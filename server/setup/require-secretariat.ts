import type { Actor } from '@/lib/negotiation/actor';
import { can } from '@/lib/negotiation/policy';
import type { DbExecutor } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
import { getMembership } from '@/server/meetings/get-membership';
import { say } from '@/lib/i18n/server-sentences';

/**
 * The guard of every setup function: the caller's membership row, read fresh, must allow
 * `setupMeeting`. Non-members get "not found" so that meeting ids do not leak.
 */
export async function requireSecretariat({ db, userId, meetingId }: { db: DbExecutor; userId: string; meetingId: string }): Promise<Actor> {
  const membership = await getMembership({ db, userId, meetingId });
  if (!membership) throw new AppError('not_found', say('server.http.notAMember', {}));
  const actor: Actor = { userId, role: membership.role, delegationId: membership.delegationId };
  if (!can(actor, 'setupMeeting')) throw new AppError('forbidden', say('server.http.refused.setupMeeting', {}));
  return actor;
}
