import { eq, inArray } from 'drizzle-orm';
import * as Y from 'yjs';
import type { DbTransaction } from '@/server/db/client';
import { revisions } from '@/server/db/schema';
import { appendDraftUpdate } from '@/server/drafts/append-draft-update';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { remapDocumentUsers } from './remap-document-users';

/**
 * After the rows are in: rewrites the user ids inside each restored draft's document (one new log
 * row, written by the server, on top of the restored log) and inside each restored revision, for
 * the users the restore gave another id. The restored log itself is left as it was written.
 */
export async function remapRestoredDocuments(tx: DbTransaction, draftIds: readonly string[], idMap: ReadonlyMap<string, string>): Promise<void> {
  const moved = new Map([...idMap].filter(([from, to]) => from !== to));
  if (moved.size === 0 || draftIds.length === 0) return;
  for (const draftId of draftIds) {
    const { doc } = await loadDraftDoc({ db: tx, draftId });
    try {
      const before = Y.encodeStateVector(doc);
      if (remapDocumentUsers(doc, moved)) {
        await appendDraftUpdate({ db: tx, draftId, update: Y.encodeStateAsUpdate(doc, before), userId: null, delegationId: null });
      }
    } finally {
      doc.destroy();
    }
  }
  const stored = await tx.select({ id: revisions.id, state: revisions.state }).from(revisions).where(inArray(revisions.draftId, [...draftIds]));
  for (const revision of stored) {
    const doc = new Y.Doc({ gc: false });
    try {
      Y.applyUpdate(doc, revision.state);
      if (remapDocumentUsers(doc, moved)) await tx.update(revisions).set({ state: Y.encodeStateAsUpdate(doc) }).where(eq(revisions.id, revision.id));
    } finally {
      doc.destroy();
    }
  }
}
