import { chairName, formerParticipant, unknownDelegationName, type MadeUpName } from '@/lib/i18n/made-up-names';
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { can } from '@/lib/negotiation/policy';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { Role } from '@/lib/negotiation/roles';
import type { DbExecutor } from '@/server/db/client';
import { comments, commentVersions, delegations, users } from '@/server/db/schema';
import type { CommentVersionView, CommentView } from './comment-view';


/**
 * A draft's comments, oldest first, each with every version. A withdrawn comment keeps its text
 * for the secretariat only; everyone else sees who withdrew it and when.
 *
 * Filters: `paragraphId` (null = the general thread only), `delegationId`, `commentId`.
 */
export async function listDraftComments({
  db,
  draftId,
  readerRole,
  paragraphId,
  delegationId,
  commentId,
}: {
  db: DbExecutor;
  draftId: string;
  readerRole: Role;
  paragraphId?: string | null;
  delegationId?: string;
  commentId?: string;
}): Promise<CommentView[]> {
  const author = alias(users, 'author');
  const withdrawer = alias(users, 'withdrawer');
  const filters: Array<SQL | undefined> = [
    eq(comments.draftId, draftId),
    paragraphId === undefined ? undefined : paragraphId === null ? isNull(comments.paragraphId) : eq(comments.paragraphId, paragraphId),
    delegationId === undefined ? undefined : eq(comments.delegationId, delegationId),
    commentId === undefined ? undefined : eq(comments.id, commentId),
  ];
  const rows = await db
    .select({
      comment: comments,
      authorName: author.name,
      withdrawnByName: withdrawer.name,
      delegationName: delegations.name,
    })
    .from(comments)
    .leftJoin(author, eq(author.id, comments.userId))
    .leftJoin(withdrawer, eq(withdrawer.id, comments.withdrawnBy))
    // delegation_id is text ('CHAIR' is not a row): compare as text, as casting 'CHAIR' would fail.
    .leftJoin(delegations, sql`${delegations.id}::text = ${comments.delegationId}`)
    .where(and(...filters))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const versions = await listVersions(db, rows.map((row) => row.comment.id));
  // Whether withdrawn text is shown depends on the reader's role alone.
  const showWithdrawnText = can({ userId: '', role: readerRole, delegationId: null }, 'reviewComments');

  return rows.map(({ comment, authorName, withdrawnByName, delegationName }) => {
    const all = versions.get(comment.id) ?? [];
    const hidden = comment.deletedAt !== null && !showWithdrawnText;
    return {
      id: comment.id,
      draftId: comment.draftId,
      paragraphId: comment.paragraphId,
      replyToId: comment.replyToId,
      delegation: { id: comment.delegationId, ...delegationLabel(comment.delegationId, delegationName) },
      author: { id: comment.userId, ...personName(authorName) },
      createdAt: comment.createdAt,
      body: hidden ? null : (all.at(-1)?.body ?? ''),
      quote: hidden ? null : comment.quote,
      edited: all.length > 1,
      versions: hidden ? [] : all,
      withdrawn: comment.deletedAt
        ? { at: comment.deletedAt, by: { id: comment.withdrawnBy, ...personName(withdrawnByName) } }
        : null,
    };
  });
}

function delegationLabel(id: string | null, name: string | null): { name: string } | MadeUpName {
  if (id === CHAIR_DELEGATION) return chairName();
  return name === null ? unknownDelegationName() : { name };
}

const personName = (name: string | null): { name: string } | MadeUpName => (name === null ? formerParticipant() : { name });

async function listVersions(db: DbExecutor, commentIds: string[]): Promise<Map<string, CommentVersionView[]>> {
  const byComment = new Map<string, CommentVersionView[]>();
  if (commentIds.length === 0) return byComment;
  const rows = await db
    .select({ version: commentVersions, editorName: users.name })
    .from(commentVersions)
    .leftJoin(users, eq(users.id, commentVersions.editedBy))
    .where(inArray(commentVersions.commentId, commentIds))
    .orderBy(asc(commentVersions.id));
  for (const { version, editorName } of rows) {
    const list = byComment.get(version.commentId) ?? [];
    list.push({
      id: version.id,
      body: version.body,
      editedAt: version.editedAt,
      editedBy: { id: version.editedBy, ...personName(editorName) },
    });
    byComment.set(version.commentId, list);
  }
  return byComment;
}
