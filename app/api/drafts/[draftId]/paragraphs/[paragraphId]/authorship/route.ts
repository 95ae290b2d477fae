import { attributeParagraphText } from '@/server/drafts/attribute-paragraph-text';
import { AppError } from '@/server/http/app-error';
import { jsonRoute } from '@/server/http/json-route';

export const dynamic = 'force-dynamic';

/**
 * GET /api/drafts/:id/paragraphs/:paragraphId/authorship — who wrote each span of the
 * paragraph's visible text, from the server's update log (the user and delegation stored with
 * each accepted update), not from the attributes clients put on the text. Any member may ask.
 */
export const GET = jsonRoute<{ draftId: string; paragraphId: string }>({ draft: 'read' }, async ({ db, params, access }) => {
  const runs = await attributeParagraphText({ db, draftId: access.draft.id, paragraphId: params.paragraphId });
  if (!runs) throw new AppError('not_found', 'This draft has no such paragraph.');
  return { draftId: access.draft.id, paragraphId: params.paragraphId, runs };
});
