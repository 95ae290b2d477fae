import { exportDraft } from '@/server/exports/export-draft';
import { fileRoute } from '@/server/http/file-route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/drafts/:draftId/export/:format[?revision=<id>][&attribution=0] — a file download:
 * crp.docx, tracked.docx, clean.docx, clean.txt, crp.pdf or akn.xml (docs/PROTOCOL.md).
 * Session cookie required; viewers get 403.
 */
export const GET = fileRoute<{ draftId: string; format: string }>({ draft: 'export' }, async ({ db, user, params, request }) => {
  const query = new URL(request.url).searchParams;
  return exportDraft({
    db,
    userId: user.id,
    draftId: params.draftId,
    format: params.format,
    revisionId: query.get('revision') || null,
    attribution: query.get('attribution') !== '0',
  });
});
