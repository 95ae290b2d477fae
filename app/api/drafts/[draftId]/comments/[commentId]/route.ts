import { commentPatchInput } from '@/server/comments/comment-input';
import { editComment } from '@/server/comments/edit-comment';
import { listDraftComments } from '@/server/comments/list-draft-comments';
import { parseRequest } from '@/server/http/parse-request';
import { readRequestJson } from '@/server/http/read-request-json';
import { withdrawComment } from '@/server/comments/withdraw-comment';
import { AppError } from '@/server/http/app-error';
import { jsonRoute } from '@/server/http/json-route';
import { isUuid } from '@/server/db/uuid';
import { say } from '@/lib/i18n/server-sentences';

export const dynamic = 'force-dynamic';

type Params = { draftId: string; commentId: string };

/** GET /api/drafts/:id/comments/:commentId — one comment with its versions. */
export const GET = jsonRoute<Params>({ draft: 'read' }, async ({ db, params, access }) => {
  const [comment] = isUuid(params.commentId)
    ? await listDraftComments({ db, draftId: access.draft.id, readerRole: access.role, commentId: params.commentId })
    : [];
  if (!comment) throw new AppError('not_found', say('server.comments.noSuchComment', {}));
  return { comment };
});

/**
 * PATCH /api/drafts/:id/comments/:commentId — {body} appends a version; {withdrawn: true} withdraws.
 * Whether the caller may (editComment, withdrawComment) depends on who wrote the comment, so
 * it is asked once the comment is read and locked.
 */
export const PATCH = jsonRoute<Params>({ draft: 'read' }, async ({ db, user, params, access, request }) => {
  const raw = await readRequestJson(request);
  if (typeof raw !== 'object' || raw === null || !('body' in raw || 'withdrawn' in raw)) {
    throw new AppError('bad_request', 'Send {"body": "…"} to edit the comment, or {"withdrawn": true} to withdraw it.');
  }
  const patch = parseRequest(commentPatchInput, raw);
  if ('body' in patch) {
    await editComment({ db, access, userId: user.id, commentId: params.commentId, body: patch.body });
  } else {
    await withdrawComment({ db, access, userId: user.id, commentId: params.commentId });
  }
  const [comment] = await listDraftComments({ db, draftId: access.draft.id, readerRole: access.role, commentId: params.commentId });
  return { comment };
});
