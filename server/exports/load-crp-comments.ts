import type { CommentInput } from '@/lib/exports/comment-groups';
import { listDraftComments } from '@/server/comments/list-draft-comments';
import type { DbExecutor } from '@/server/db/client';

/**
 * The comments a CRP dated `asOf` reports: made by then and not withdrawn by then, each in the
 * version current at that moment. For the current draft `asOf` is now, so every live comment
 * appears in its latest version; for a revision, the paper reads as it would have that day.
 */
export async function loadCrpComments({
  db,
  draftId,
  asOf,
}: {
  db: DbExecutor;
  draftId: string;
  asOf: Date;
}): Promise<CommentInput[]> {
  // The secretariat's view keeps the text of withdrawn comments, needed for a revision's date.
  const views = await listDraftComments({ db, draftId, readerRole: 'secretariat' });
  const cutoff = asOf.getTime();
  return views.flatMap((view): CommentInput[] => {
    if (view.createdAt.getTime() > cutoff) return [];
    if (view.withdrawn && view.withdrawn.at.getTime() <= cutoff) return [];
    const version = view.versions.filter((candidate) => candidate.editedAt.getTime() <= cutoff).at(-1) ?? view.versions[0];
    if (!version) return [];
    return [
      {
        id: view.id,
        paragraphId: view.paragraphId,
        delegationId: view.delegation.id,
        body: version.body,
        replyToId: view.replyToId,
        quote: view.quote,
        createdAt: view.createdAt.toISOString(),
        editedAt: version.editedAt.toISOString(),
      },
    ];
  });
}
