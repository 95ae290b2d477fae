import type { Role } from '@/lib/negotiation/roles';
import type { Database } from '@/server/db/client';
import { memberships } from '@/server/db/schema';
import { buildUser } from './build-user';

/** A person in a meeting, as tests address them. */
export interface SeededUser {
  userId: string;
  name: string;
}

/** Inserts a user and, unless `role` is null (an outsider), their membership of `meetingId`. */
export async function buildMember(
  db: Database,
  { meetingId, name, role, delegationId = null }: { meetingId: string; name: string; role: Role | null; delegationId?: string | null },
): Promise<SeededUser> {
  const user = await buildUser(db, { name });
  if (role) await db.insert(memberships).values({ userId: user.id, meetingId, role, delegationId });
  return { userId: user.id, name };
}
