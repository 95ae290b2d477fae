import { jsonRoute } from '@/server/http/json-route';
import { previewDraftImport } from '@/server/import/preview-draft-import';
import { readImportForm } from '@/server/import/read-import-form';

export const dynamic = 'force-dynamic';

/**
 * POST /api/meetings/:id/setup/drafts/preview — what importing this text would create (secretariat
 * only). Multipart: `text` + `format` ("text" | "markdown"), or `file` (.txt, .md, .docx, ≤ 5 MiB).
 * 200 {ok: true, paragraphs, warnings, counts} or {ok: false, error: {line, message}}; a bad
 * upload is a 400. Nothing is stored.
 */
export const POST = jsonRoute<{ meetingId: string }>({ meeting: 'setupMeeting', accept: ['multipart'] }, async ({ user, db, params, request }) => {
  const form = await readImportForm(request);
  return previewDraftImport({ db, userId: user.id, meetingId: params.meetingId, form });
});
