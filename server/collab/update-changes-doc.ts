import * as Y from 'yjs';
import { BadMessageError } from './frames';

/**
 * What a client's update is to the room's document, read from one decoding (every keystroke asks):
 * `changes`, whether applying it would change `doc` (a client's sync step 2 always repeats its
 * whole delete set, so most of those are no-ops: they must not be stored, judged or broadcast
 * again); `startsPast`, whether for some client id it starts past the clock `doc` has reached,
 * building on changes not yet received (Yjs would leave it pending; see held-updates).
 * Throws BadMessageError when the bytes are not a Yjs update.
 */
export function describeUpdate(doc: Y.Doc, update: Uint8Array): { changes: boolean; startsPast: boolean } {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    throw new BadMessageError(error instanceof Error ? error.message : 'undecodable update');
  }
  let changes = false;
  let startsPast = false;
  let client = -1;
  for (const struct of decoded.structs) {
    const state = Y.getState(doc.store, struct.id.client);
    // Each client's structs come together, in clock order: the first one is where it starts.
    if (struct.id.client !== client) {
      client = struct.id.client;
      if (struct.id.clock > state) startsPast = true;
    }
    if (!(struct instanceof Y.Skip) && struct.id.clock + struct.length > state) changes = true;
  }
  for (const [deletedClient, deletions] of decoded.ds.clients) {
    if (changes) break;
    for (const deletion of deletions) {
      if (!rangeAlreadyDeleted(doc, deletedClient, deletion.clock, deletion.len)) {
        changes = true;
        break;
      }
    }
  }
  return { changes, startsPast };
}

/** Whether applying `update` would change `doc` (see describeUpdate). */
export function updateChangesDoc(doc: Y.Doc, update: Uint8Array): boolean {
  return describeUpdate(doc, update).changes;
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
