import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import type { DbTransaction } from '@/server/db/client';
import { draftUpdates } from '@/server/db/schema';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';


/**
 * Checks each restored draft two ways: its snapshot plus later rows (how the room loads it), and
 * every row of its log replayed one by one from the start (how the authorship and history
 * views read it). Both must give the document the backup holds, and each row must apply cleanly
 * with nothing left waiting for a missing update: a damaged row hidden behind the snapshot would
 * otherwise make every later replay of the log fail.
 */
export async function checkDraftLogs(tx: DbTransaction, draftIds: readonly string[], documents: Record<string, string>): Promise<void> {
  for (const draftId of draftIds) {
    const document = documents[draftId];
    const replayed = await replayLog(tx, draftId);
    const loaded = docOf(await loadDraftState({ db: tx, draftId }));
    const expected = document ? docOf(Buffer.from(document, 'base64')) : loaded;
    const same = sameDoc(replayed, expected) && sameDoc(loaded, expected);
    for (const doc of new Set([replayed, loaded, expected])) doc.destroy();
    if (!same) throw new AppError('bad_request', say('server.backup.logMismatch', {}));
  }
}

async function replayLog(tx: DbTransaction, draftId: string): Promise<Y.Doc> {
  const rows = await tx.select({ id: draftUpdates.id, update: draftUpdates.update }).from(draftUpdates).where(eq(draftUpdates.draftId, draftId)).orderBy(asc(draftUpdates.id));
  const doc = new Y.Doc({ gc: false });
  rows.forEach((row, index) => {
    try {
      Y.applyUpdate(doc, row.update);
    } catch {
      doc.destroy();
      throw new AppError('bad_request', say('server.backup.updateUnreadable', { number: index + 1 }));
    }
  });
  if (doc.store.pendingStructs || doc.store.pendingDs) {
    doc.destroy();
    throw new AppError('bad_request', say('server.backup.logMissingChanges', {}));
  }
  return doc;
}

function sameDoc(a: Y.Doc, b: Y.Doc): boolean {
  return a === b || Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b));
}

function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, state);
  return doc;
}
