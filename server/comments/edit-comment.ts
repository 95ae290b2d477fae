import { desc, eq } from 'drizzle-orm';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { Database } from '@/server/db/client';
import { commentVersions } from '@/server/db/schema';
import type { DraftAccess } from '@/server/drafts/resolve-draft-access';
import { commentBody } from './comment-input';
import { parseRequest } from '@/server/http/parse-request';
import { lockCommentForChange } from './lock-comment-for-change';
import { notifyCommentsChanged } from './notify-comments-changed';

/**
 * Edits a comment by appending a new version: earlier versions are never rewritten, because the
 * comment history is what the secretariat compiles into the CRP. An edit that changes nothing
 * adds no version.
 */
export async function editComment({
  db,
  access,
  userId,
  commentId,
  body,
}: {
  db: Database;
  access: DraftAccess;
  userId: string;
  commentId: string;
  body: string;
}): Promise<{ changed: boolean }> {
  const text = parseRequest(commentBody, body);
  const result = await db.transaction(async (tx) => {
    const comment = await lockCommentForChange({ tx, access, userId, commentId, change: 'edit' });
    const [latest] = await tx
      .select({ body: commentVersions.body })
      .from(commentVersions)
      .where(eq(commentVersions.commentId, comment.id))
      .orderBy(desc(commentVersions.id))
      .limit(1);
    if (latest?.body === text) return { changed: false, paragraphId: comment.paragraphId };
    const [version] = await tx
      .insert(commentVersions)
      .values({ commentId: comment.id, body: text, editedBy: userId })
      .returning({ id: commentVersions.id });
    await recordAuditEvent({
      db: tx,
      event: {
        meetingId: access.meetingId,
        draftId: access.draft.id,
        paragraphId: comment.paragraphId,
        userId,
        delegationId: comment.delegationId,
        action: 'comment_edit',
        details: { commentId: comment.id, versionId: version?.id ?? null },
      },
    });
    return { changed: true, paragraphId: comment.paragraphId };
  });
  if (result.changed) notifyCommentsChanged(access.draft.id, result.paragraphId);
  return { changed: result.changed };
}
