import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { Database } from '@/server/db/client';
import { comments } from '@/server/db/schema';
import type { DraftAccess } from '@/server/drafts/resolve-draft-access';
import { lockCommentForChange } from './lock-comment-for-change';
import { notifyCommentsChanged } from './notify-comments-changed';

/**
 * Withdraws a comment. Its row and every version stay: the room sees "withdrawn by <delegation>",
 * the secretariat still sees the text.
 */
export async function withdrawComment({
  db,
  access,
  userId,
  commentId,
}: {
  db: Database;
  access: DraftAccess;
  userId: string;
  commentId: string;
}): Promise<void> {
  const paragraphId = await db.transaction(async (tx) => {
    const comment = await lockCommentForChange({ tx, access, userId, commentId, change: 'withdraw' });
    await tx.update(comments).set({ deletedAt: sql`now()`, withdrawnBy: userId }).where(eq(comments.id, comment.id));
    await recordAuditEvent({
      db: tx,
      event: {
        meetingId: access.meetingId,
        draftId: access.draft.id,
        paragraphId: comment.paragraphId,
        userId,
        delegationId: comment.delegationId,
        action: 'comment_withdraw',
        details: { commentId: comment.id },
      },
    });
    return comment.paragraphId;
  });
  notifyCommentsChanged(access.draft.id, paragraphId);
}
