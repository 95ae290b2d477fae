import { and, eq } from 'drizzle-orm';
import { can } from '@/lib/negotiation/policy';
import type { DbTransaction } from '@/server/db/client';
import { comments, type Comment } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import type { DraftAccess } from '@/server/drafts/resolve-draft-access';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Reads a comment for an edit or a withdrawal, locking its row so that an edit and a withdrawal
 * cannot interleave. Only its author (while still allowed to comment) or the secretariat may
 * change a comment, and a withdrawn comment is closed for good.
 */
export async function lockCommentForChange({
  tx,
  access,
  userId,
  commentId,
  change,
}: {
  tx: DbTransaction;
  access: DraftAccess;
  userId: string;
  commentId: string;
  change: 'edit' | 'withdraw';
}): Promise<Comment> {
  const [comment] = isUuid(commentId)
    ? await tx
        .select()
        .from(comments)
        .where(and(eq(comments.id, commentId), eq(comments.draftId, access.draft.id)))
        .limit(1)
        .for('update')
    : [];
  if (!comment) throw new AppError('not_found', say('server.comments.noSuchComment', {}));
  const actor = { userId, role: access.role, delegationId: access.delegationId };
  if (!can(actor, change === 'edit' ? 'editComment' : 'withdrawComment', { commentAuthor: comment.userId })) {
    throw new AppError('forbidden', say(change === 'edit' ? 'server.comments.editAuthorOnly' : 'server.comments.withdrawAuthorOnly', {}));
  }
  if (comment.deletedAt) throw new AppError('conflict', say(change === 'edit' ? 'server.comments.withdrawnNoEdit' : 'server.comments.withdrawnNoWithdraw', {}));
  return comment;
}
