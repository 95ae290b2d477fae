import * as Y from 'yjs';
import { describeParagraphs } from '@/server/drafts/describe-draft';
import { loadDraftVersion } from '@/server/revisions/load-draft-version';
import { jsonRoute } from '@/server/http/json-route';
import { listDelegations } from '@/server/meetings/list-delegations';

export const dynamic = 'force-dynamic';

/**
 * GET /api/drafts/:id/revisions/:revisionId — the revision's metadata, its paragraphs described
 * as GET /api/drafts/:id describes the current ones, and its complete Yjs state (base64).
 * `current` in place of a revision id gives the same for the current text.
 */
export const GET = jsonRoute<{ draftId: string; revisionId: string }>({ draft: 'read' }, async ({ db, params, access }) => {
  const [version, delegations] = await Promise.all([
    loadDraftVersion({ db, draftId: access.draft.id, ref: params.revisionId }),
    listDelegations({ db, meetingId: access.meetingId }),
  ]);
  try {
    return {
      revision: version.revision,
      paragraphs: describeParagraphs(version.doc, delegations),
      state: Buffer.from(Y.encodeStateAsUpdate(version.doc)).toString('base64'),
    };
  } finally {
    version.doc.destroy();
  }
});
