import { readRequestJson } from '@/server/http/read-request-json';
import { listRevisions } from '@/server/revisions/list-revisions';
import type { NewRevisionRequest } from '@/server/revisions/revision-input';
import { suggestRevisionName } from '@/server/revisions/suggest-revision-name';
import { takeRevision } from '@/server/revisions/take-revision';
import { AppError } from '@/server/http/app-error';
import { jsonRoute } from '@/server/http/json-route';

export const dynamic = 'force-dynamic';

/** GET /api/drafts/:id/revisions — the draft's revisions, oldest first, and the next suggested name. */
export const GET = jsonRoute<{ draftId: string }>({ draft: 'read' }, async ({ db, access }) => {
  const revisions = await listRevisions({ db, draftId: access.draft.id });
  return { revisions, suggestedName: suggestRevisionName(revisions.map((revision) => revision.name)) };
});

/** POST /api/drafts/:id/revisions — {name?, note?}; chair or secretariat. */
export const POST = jsonRoute<{ draftId: string }>({ draft: 'takeRevision' }, async ({ db, user, access, request }) => {
  const input = await readRequestJson(request);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('bad_request', 'Send a JSON object: {"name": "Rev.1", "note": "…"}.');
  }
  const revision = await takeRevision({ db, access, user, input: input as NewRevisionRequest });
  return { revision };
});
