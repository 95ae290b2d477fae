import { ROLE_DELEGATION, type Role } from '@/lib/negotiation/roles';
import type { DbExecutor } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
import { findDelegation } from './find-delegation';
import { say } from '@/lib/i18n/server-sentences';

/** The delegation a participant in `role` sits with (ROLE_DELEGATION says whether there is one), checked in the meeting. */
export async function resolveParticipantDelegation({
  db,
  meetingId,
  role,
  delegationId,
}: {
  db: DbExecutor;
  meetingId: string;
  role: Role;
  delegationId: string | null;
}): Promise<string | null> {
  if (ROLE_DELEGATION[role] === 'none') return null;
  if (!delegationId) {
    if (ROLE_DELEGATION[role] === 'optional') return null;
    throw new AppError('bad_request', say(role === 'observer' ? 'server.setup.observerNeedsDelegation' : 'server.setup.delegateNeedsDelegation', {}));
  }
  const delegation = await findDelegation({ db, meetingId, delegationId });
  if (delegation.retired) throw new AppError('conflict', say('server.setup.line.delegationRetired', { name: delegation.name }));
  return delegation.id;
}
