import { parseIssueOptions } from '@/lib/exports/issue-options';
import { exportDraft } from '@/server/exports/export-draft';
import { AppError } from '@/server/http/app-error';
import { fileRoute } from '@/server/http/file-route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/drafts/:draftId/export/:format[?revision=<id>][&attribution=0][&date=YYYY-MM-DD][&number=n] — a file download:
 * crp.docx, tracked.docx, clean.docx, clean.txt, crp.pdf or akn.xml (docs/PROTOCOL.md).
 * Session cookie required; viewers get 403.
 */
export const GET = fileRoute<{ draftId: string; format: string }>({ draft: 'export' }, async ({ db, user, params, request }) => {
  const query = new URL(request.url).searchParams;
  const issue = parseIssueOptions({ date: query.get('date'), number: query.get('number') });
  if (!issue.ok) throw new AppError('bad_request', issue.error);
  const file = await exportDraft({
    db,
    userId: user.id,
    draftId: params.draftId,
    format: params.format,
    revisionId: query.get('revision') || null,
    attribution: query.get('attribution') !== '0',
    issue: issue.value,
  });
  // Names the texts printed in English for want of a translation, so the secretariat can add them.
  const untranslated = file.untranslated.length > 0 ? { 'Concord-Untranslated': encodeURIComponent(file.untranslated.join('; ')) } : undefined;
  return { ...file, ...(untranslated ? { headers: untranslated } : {}) };
});
