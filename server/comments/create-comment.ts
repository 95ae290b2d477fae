import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { getParagraph } from '@/lib/negotiation/draft-doc';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { Database } from '@/server/db/client';
import { comments, commentVersions, type Comment } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import type { DraftAccess } from '@/server/drafts/resolve-draft-access';
import { AppError } from '@/server/http/app-error';
import { newCommentInput } from './comment-input';
import { parseRequest } from '@/server/http/parse-request';
import { notifyCommentsChanged } from './notify-comments-changed';
import { resolveCommentDelegation } from './resolve-comment-delegation';
import { say } from '@/lib/i18n/server-sentences';

export type NewCommentRequest = z.input<typeof newCommentInput>;

/**
 * Makes a comment on a paragraph (or, with no paragraph, on the draft as a whole), or a reply,
 * on behalf of a delegation. The text goes into comment_versions so that later edits append;
 * the audit event is written in the same transaction.
 */
export async function createComment({
  db,
  access,
  userId,
  input,
}: {
  db: Database;
  access: DraftAccess;
  userId: string;
  input: NewCommentRequest;
}): Promise<Comment> {
  const request = parseRequest(newCommentInput, input);
  const delegationId = resolveCommentDelegation({ access, userId, onBehalfOf: request.onBehalfOf });
  const draftId = access.draft.id;
  const parent = request.replyTo ? await findParent(db, draftId, request.replyTo) : null;
  if (parent && request.paragraphId !== undefined && request.paragraphId !== null && request.paragraphId !== parent.paragraphId) {
    throw new AppError('bad_request', say('server.comments.replyThread', {}));
  }
  const paragraphId = parent ? parent.paragraphId : (request.paragraphId ?? null);
  if (paragraphId !== null && !parent) await assertParagraphExists(db, draftId, paragraphId);
  if (request.quote && paragraphId === null) {
    throw new AppError('bad_request', say('server.comments.quoteThread', {}));
  }

  const comment = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(comments)
      .values({ draftId, paragraphId, delegationId, userId, replyToId: parent?.id ?? null, quote: request.quote ?? null })
      .returning();
    if (!row) throw new Error('comment was not stored');
    const [version] = await tx
      .insert(commentVersions)
      .values({ commentId: row.id, body: request.body, editedBy: userId, editedAt: row.createdAt })
      .returning({ id: commentVersions.id });
    await recordAuditEvent({
      db: tx,
      event: {
        meetingId: access.meetingId,
        draftId,
        paragraphId,
        userId,
        delegationId,
        action: 'comment',
        details: { commentId: row.id, versionId: version?.id ?? null, ...(parent ? { replyTo: parent.id } : {}) },
      },
    });
    return row;
  });
  notifyCommentsChanged(draftId, paragraphId);
  return comment;
}

async function findParent(db: Database, draftId: string, replyTo: string): Promise<Comment> {
  const [parent] = isUuid(replyTo)
    ? await db.select().from(comments).where(and(eq(comments.id, replyTo), eq(comments.draftId, draftId))).limit(1)
    : [];
  if (!parent) throw new AppError('not_found', say('server.comments.noSuchParent', {}));
  if (parent.deletedAt) throw new AppError('conflict', say('server.comments.parentWithdrawn', {}));
  return parent;
}

async function assertParagraphExists(db: Database, draftId: string, paragraphId: string): Promise<void> {
  const { doc } = await loadDraftDoc({ db, draftId });
  try {
    if (!getParagraph(doc, paragraphId)) {
      throw new AppError('not_found', say('server.comments.noSuchParagraph', {}));
    }
  } finally {
    doc.destroy();
  }
}
