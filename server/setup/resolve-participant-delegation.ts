import type { Role } from '@/lib/negotiation/roles';
import type { DbExecutor } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
import { findDelegation } from './find-delegation';

/**
 * The delegation a participant in `role` sits with. Delegates and observers speak for a
 * delegation and need one; the secretariat and the chair act for the meeting (the chair as
 * "Chair") and have none; a viewer may be listed with one or not.
 */
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
  if (role === 'secretariat' || role === 'chair') return null;
  if (!delegationId) {
    if (role === 'viewer') return null;
    throw new AppError('bad_request', `A${role === 'observer' ? 'n observer' : ' delegate'} must belong to a delegation.`);
  }
  const delegation = await findDelegation({ db, meetingId, delegationId });
  if (delegation.retired) throw new AppError('conflict', `${delegation.name} is retired; reinstate it before adding participants to it.`);
  return delegation.id;
}
