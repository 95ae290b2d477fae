import * as Y from 'yjs';
import { BadMessageError } from './frames';

/**
 * Whether applying `update` would change `doc`. A client's sync step 2 always repeats its whole
 * delete set, so most of those are no-ops: they must not be stored, judged or broadcast again.
 * Throws BadMessageError when the bytes are not a Yjs update.
 */
export function updateChangesDoc(doc: Y.Doc, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    throw new BadMessageError(error instanceof Error ? error.message : 'undecodable update');
  }
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  for (const [client, deletions] of decoded.ds.clients) {
    for (const deletion of deletions) {
      if (!rangeAlreadyDeleted(doc, client, deletion.clock, deletion.len)) return true;
    }
  }
  return false;
}

function rangeAlreadyDeleted(doc: Y.Doc, client: number, clock: number, len: number): boolean {
  if (len <= 0) return true;
  // A deletion of something the document has not seen yet is new (it would stay pending).
  if (clock + len > Y.getState(doc.store, client)) return false;
  const structs = doc.store.clients.get(client);
  if (!structs) return false;
  for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
    const struct = structs[index];
    if (!struct || struct.id.clock >= clock + len) break;
    if (!struct.deleted) return false;
  }
  return true;
}
