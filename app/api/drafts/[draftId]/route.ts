import { describeParagraphs } from '@/server/drafts/describe-draft';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { jsonRoute } from '@/server/http/json-route';
import { listDelegations } from '@/server/meetings/list-delegations';

export const dynamic = 'force-dynamic';

/**
 * GET /api/drafts/:id — the draft's paragraphs in order, each with its status, plain text, text
 * rendered with brackets and attributions, and pending proposals. Read from the database, which
 * holds every accepted update before it is broadcast, so it is never behind the room.
 */
export const GET = jsonRoute<{ draftId: string }>({ draft: 'read' }, async ({ db, params, access }) => {
  const [{ doc }, delegations] = await Promise.all([
    loadDraftDoc({ db, draftId: params.draftId }),
    listDelegations({ db, meetingId: access.meetingId }),
  ]);
  try {
    return {
      draft: {
        id: access.draft.id,
        meetingId: access.meetingId,
        agendaItemId: access.draft.agendaItemId,
        title: access.draft.title,
        symbol: access.draft.symbol,
        originalLanguage: access.draft.originalLanguage,
      },
      you: { role: access.role, delegationId: access.delegationId },
      paragraphs: describeParagraphs(doc, delegations),
    };
  } finally {
    doc.destroy();
  }
});
