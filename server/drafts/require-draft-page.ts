import { notFound } from 'next/navigation';
import type { SessionUser } from '@/server/auth/get-session-user';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getDb, type Database } from '@/server/db/client';
import { resolveDraftAccess, type DraftAccess } from '@/server/drafts/resolve-draft-access';

/** For a page under /drafts/:id: the signed-in member and their access, or sign-in, "Choose your password" or 404. */
export async function requireDraftPage(draftId: string, path: string): Promise<{ db: Database; user: SessionUser; access: DraftAccess }> {
  const user = await requirePageUser(path);
  const db = getDb();
  const access = await resolveDraftAccess({ db, userId: user.id, draftId });
  if (!access) notFound();
  return { db, user, access };
}
