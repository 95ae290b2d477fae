import { buildDraftState, type NewParagraph } from '@/lib/negotiation/draft-doc';
import type { Database } from '@/server/db/client';
import { createDraft } from '@/server/drafts/create-draft';

/** Creates a draft of `meetingId` with `paragraphs` (none by default); returns its id. */
export async function buildDraft(
  db: Database,
  { meetingId, paragraphs = [], title = 'Draft recommendations' }: { meetingId: string; paragraphs?: NewParagraph[]; title?: string },
): Promise<string> {
  const draft = await createDraft({ db, meetingId, agendaItemId: null, title, initialState: buildDraftState(paragraphs) });
  return draft.id;
}
