import type { DbExecutor } from '@/server/db/client';
import { resolveDraftAccess, type DraftAccess } from '@/server/drafts/resolve-draft-access';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

/** The user's access to the draft, or a 404 that does not reveal whether the draft exists. */
export async function requireDraftAccess({
  db,
  userId,
  draftId,
}: {
  db: DbExecutor;
  userId: string;
  draftId: string;
}): Promise<DraftAccess> {
  const access = await resolveDraftAccess({ db, userId, draftId });
  if (!access) throw new AppError('not_found', say('server.http.noSuchDraft', {}));
  return access;
}
