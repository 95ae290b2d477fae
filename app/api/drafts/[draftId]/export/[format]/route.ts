import { parseIssueOptions } from '@/lib/exports/issue-options';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { getDb } from '@/server/db/client';
import { exportDraft } from '@/server/exports/export-draft';
import { contentDisposition } from '@/server/exports/content-disposition';
import { AppError } from '@/server/http/app-error';
import { errorResponse } from '@/server/http/json-route';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * GET /api/drafts/:draftId/export/:format[?revision=<id>][&attribution=0][&date=YYYY-MM-DD][&number=n] — a file download:
 * crp.docx, tracked.docx, clean.docx, clean.txt, crp.pdf or akn.xml (docs/PROTOCOL.md).
 * Session cookie required; viewers get 403.
 */
export async function GET(request: Request, context: { params: Promise<{ draftId: string; format: string }> }) {
  try {
    const user = await requireSessionUser({ signInMessage: 'Sign in first: exports need a session cookie.' });
    const { draftId, format } = await context.params;
    const query = new URL(request.url).searchParams;
    const issue = parseIssueOptions({ date: query.get('date'), number: query.get('number') });
    if (!issue.ok) throw new AppError('bad_request', issue.error);
    const file = await exportDraft({
      db: getDb(),
      userId: user.id,
      draftId,
      format,
      revisionId: query.get('revision') || null,
      attribution: query.get('attribution') !== '0',
      issue: issue.value,
    });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': contentDisposition(file.filename),
        'Content-Length': String(file.body.byteLength),
        'Cache-Control': 'private, no-store',
        // Names the texts printed in English for want of a translation, so the secretariat can add them.
        ...(file.untranslated.length > 0 ? { 'Concord-Untranslated': encodeURIComponent(file.untranslated.join('; ')) } : {}),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
