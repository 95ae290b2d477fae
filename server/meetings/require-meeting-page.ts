import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/negotiation/actor';
import type { SessionUser } from '@/server/auth/get-session-user';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getDb, type Database } from '@/server/db/client';
import { getMembership, type MembershipRole } from './get-membership';

/**
 * The opening of every page under /meetings/:id: the signed-in member, their membership (read
 * fresh) and the actor the policy is asked about; or sign-in (back to `path`), "Choose your
 * password", or 404 for a meeting they are not part of.
 */
export async function requireMeetingPage({
  meetingId,
  path,
}: {
  meetingId: string;
  path: string;
}): Promise<{ db: Database; user: SessionUser; membership: MembershipRole; actor: Actor }> {
  const user = await requirePageUser(path);
  const db = getDb();
  const membership = await getMembership({ db, userId: user.id, meetingId });
  if (!membership) notFound();
  return { db, user, membership, actor: { userId: user.id, role: membership.role, delegationId: membership.delegationId } };
}
