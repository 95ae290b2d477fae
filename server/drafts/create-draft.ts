import type { DbExecutor } from '@/server/db/client';
import { draftUpdates, drafts, type Draft } from '@/server/db/schema';

export interface CreateDraftInput {
  db: DbExecutor;
  meetingId: string;
  agendaItemId: string | null;
  title: string;
  symbol?: string | null;
  originalLanguage?: string;
  /** Built with buildDraftState(); stored as the first log row, attributed to no one. */
  initialState: Uint8Array;
}

export async function createDraft({
  db,
  meetingId,
  agendaItemId,
  title,
  symbol = null,
  originalLanguage = 'en',
  initialState,
}: CreateDraftInput): Promise<Draft> {
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .insert(drafts)
      .values({ meetingId, agendaItemId, title, symbol, originalLanguage })
      .returning();
    if (!draft) throw new Error('draft was not created');
    await tx.insert(draftUpdates).values({ draftId: draft.id, update: initialState, userId: null, delegationId: null });
    return draft;
  });
}
