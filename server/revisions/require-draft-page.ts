import { notFound, redirect } from 'next/navigation';
import { getSessionUser, type SessionUser } from '@/server/auth/get-session-user';
import { getDb, type Database } from '@/server/db/client';
import { resolveDraftAccess, type DraftAccess } from '@/server/drafts/resolve-draft-access';

/** For a page under /drafts/:id: the signed-in member and their access, or sign-in / 404. */
export async function requireDraftPage(draftId: string, path: string): Promise<{ db: Database; user: SessionUser; access: DraftAccess }> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  const db = getDb();
  const access = await resolveDraftAccess({ db, userId: user.id, draftId });
  if (!access) notFound();
  return { db, user, access };
}
