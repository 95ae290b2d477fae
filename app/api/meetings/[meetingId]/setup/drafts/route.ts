import { jsonRoute } from '@/server/http/json-route';
import { createImportedDraft } from '@/server/import/create-imported-draft';
import { readImportForm } from '@/server/import/read-import-form';
import { draftFieldsInput } from '@/server/setup/setup-inputs';

export const dynamic = 'force-dynamic';

/**
 * POST /api/meetings/:id/setup/drafts — creates a draft from imported text (secretariat only).
 * Multipart: `agendaItemId`, `title`, `symbol` (optional), `originalLanguage` (ar|zh|en|fr|ru|es)
 * and the text as for the preview. The server parses the text again and builds the document
 * itself. 200 {draft: {id, title, symbol, url}}; unparseable text is a 400 naming the line.
 */
export const POST = jsonRoute<{ meetingId: string }>({ meeting: 'setupMeeting', accept: ['multipart'] }, async ({ user, db, params, request }) => {
  const form = await readImportForm(request);
  const fields = draftFieldsInput.parse({
    agendaItemId: form.get('agendaItemId') ?? '',
    title: form.get('title') ?? '',
    symbol: form.get('symbol') ?? '',
    originalLanguage: form.get('originalLanguage') ?? '',
  });
  const draft = await createImportedDraft({ db, userId: user.id, meetingId: params.meetingId, fields, form });
  return { draft: { id: draft.id, title: draft.title, symbol: draft.symbol, url: `/drafts/${draft.id}` } };
});
