import * as Y from 'yjs';
import type { DbExecutor } from '@/server/db/client';
import { loadDraftDoc } from './load-draft-doc';

/** The draft's full current state as one Yjs update (snapshot + later log rows). */
export async function loadDraftState({ db, draftId }: { db: DbExecutor; draftId: string }): Promise<Uint8Array> {
  const { doc } = await loadDraftDoc({ db, draftId });
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
