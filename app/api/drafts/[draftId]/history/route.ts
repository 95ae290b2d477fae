import { groupHistoryEntries } from '@/server/history/group-history-entries';
import { listDraftHistory } from '@/server/history/list-draft-history';
import { jsonRoute } from '@/server/http/json-route';

export const dynamic = 'force-dynamic';

/** GET /api/drafts/:id/history — audit events, newest first, and the lines they make; ?paragraphId=&delegationId= filter. */
export const GET = jsonRoute<{ draftId: string }>({ draft: 'read' }, async ({ db, access, request }) => {
  const search = new URL(request.url).searchParams;
  const paragraphId = search.get('paragraphId') || undefined;
  const delegationId = search.get('delegationId') || undefined;
  const events = await listDraftHistory({ db, draftId: access.draft.id, meetingId: access.meetingId, paragraphId, delegationId });
  return { events, groups: groupHistoryEntries(events) };
});
