import { countCommentsByParagraph } from '@/server/comments/count-comments-by-paragraph';
import { createComment, type NewCommentRequest } from '@/server/comments/create-comment';
import { listDraftComments } from '@/server/comments/list-draft-comments';
import { readRequestJson } from '@/server/http/read-request-json';
import { AppError } from '@/server/http/app-error';
import { jsonRoute } from '@/server/http/json-route';

export const dynamic = 'force-dynamic';

/**
 * GET /api/drafts/:id/comments — every comment with every version, oldest first, and the live
 * count per thread. Filters: ?paragraphId=<id> (or "general" for the draft's general thread),
 * ?delegationId=<id> (or CHAIR).
 */
export const GET = jsonRoute<{ draftId: string }>({ draft: 'read' }, async ({ db, access, request }) => {
  const search = new URL(request.url).searchParams;
  const paragraph = search.get('paragraphId');
  const delegation = search.get('delegationId');
  const [comments, counts] = await Promise.all([
    listDraftComments({
      db,
      draftId: access.draft.id,
      readerRole: access.role,
      ...(paragraph ? { paragraphId: paragraph === 'general' ? null : paragraph } : {}),
      ...(delegation ? { delegationId: delegation } : {}),
    }),
    countCommentsByParagraph({ db, draftId: access.draft.id }),
  ]);
  return { comments, counts };
});

/** POST /api/drafts/:id/comments — {body, paragraphId?, replyTo?, quote?, onBehalfOf?}. */
export const POST = jsonRoute<{ draftId: string }>({ draft: 'comment' }, async ({ db, user, access, request }) => {
  const input = await readRequestJson(request);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('bad_request', 'Send a JSON object: {"body": "…", "paragraphId": "…"}.');
  }
  const created = await createComment({ db, access, userId: user.id, input: input as NewCommentRequest });
  const [comment] = await listDraftComments({ db, draftId: access.draft.id, readerRole: access.role, commentId: created.id });
  return { comment };
});
