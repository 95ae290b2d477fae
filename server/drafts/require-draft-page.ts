import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/negotiation/actor';
import type { SessionUser } from '@/server/auth/get-session-user';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getDb, type Database } from '@/server/db/client';
import { resolveDraftAccess, type DraftAccess } from './resolve-draft-access';

/**
 * The opening of every page under /drafts/:id: the signed-in member, their access and the actor
 * the policy is asked about; or sign-in (back to `path`), "Choose your password", or 404 for a
 * draft whose meeting they are not part of.
 */
export async function requireDraftPage({ draftId, path }: { draftId: string; path: string }): Promise<{ db: Database; user: SessionUser; access: DraftAccess; actor: Actor }> {
  const user = await requirePageUser(path);
  const db = getDb();
  const access = await resolveDraftAccess({ db, userId: user.id, draftId });
  if (!access) notFound();
  return { db, user, access, actor: { userId: user.id, role: access.role, delegationId: access.delegationId } };
}
