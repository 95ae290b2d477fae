import { compareDraftVersions } from '@/server/revisions/compare-draft-versions';
import { AppError } from '@/server/http/app-error';
import { jsonRoute } from '@/server/http/json-route';

export const dynamic = 'force-dynamic';

/** GET /api/drafts/:id/revisions/compare?from=<revisionId|current>&to=<revisionId|current>. */
export const GET = jsonRoute<{ draftId: string }>({ draft: 'read' }, async ({ db, access, request }) => {
  const search = new URL(request.url).searchParams;
  const from = search.get('from');
  const to = search.get('to') ?? 'current';
  if (!from) throw new AppError('bad_request', 'Say what to compare: ?from=<revision id or "current">&to=<revision id or "current">.');
  return compareDraftVersions({ db, draftId: access.draft.id, meetingId: access.meetingId, from, to });
});
