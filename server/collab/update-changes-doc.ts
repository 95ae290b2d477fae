import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { BadMessageError } from './frames';

/**
 * What a client's update is to the room's document (every keystroke asks), read from its first
 * bytes when it is a keystroke, else from one decoding:
 * `changes`, whether applying it would change `doc` (a client's sync step 2 always repeats its
 * whole delete set, so most of those are no-ops: they must not be stored, judged or broadcast
 * again); `startsPast`, whether for some client id it starts past the clock `doc` has reached,
 * building on changes not yet received (Yjs would leave it pending; see held-updates).
 * Throws BadMessageError when the bytes are not a Yjs update (a keystroke's body is decoded only
 * by the validator, which refuses it as unreadable).
 */
export function describeUpdate(doc: Y.Doc, update: Uint8Array): { changes: boolean; startsPast: boolean } {
  if (continuesOneClient(doc, update)) return NEXT_KEYSTROKE;
  return describeByDecoding(doc, update);
}

const NEXT_KEYSTROKE = Object.freeze({ changes: true, startsPast: false });

/** Yjs's struct kind (low five bits of a struct's first byte) for a gap in a merged update. */
const SKIP_STRUCT = 10;

/**
 * A keystroke, read from the update's first bytes: the structs of one client id, the first of
 * them not a gap, starting exactly at the clock the document has reached for that id. Such
 * an update changes the document and builds on nothing unseen, whatever follows; decoding it
 * whole here would cost more than the rest of this check (the validator decodes it anyway, and
 * refuses what does not decode). Layout, as Yjs writes an update (v1): number of client ids with
 * structs, then for the first one: number of structs, client id, first clock, first struct's info.
 */
export function continuesOneClient(doc: Y.Doc, update: Uint8Array): boolean {
  const decoder = decoding.createDecoder(update);
  try {
    if (decoding.readVarUint(decoder) !== 1 || decoding.readVarUint(decoder) < 1) return false;
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    if (!decoding.hasContent(decoder) || clock !== Y.getState(doc.store, client)) return false;
    return (decoding.readUint8(decoder) & 0b11111) !== SKIP_STRUCT;
  } catch {
    return false;
  }
}

/** describeUpdate for any update: every struct and deletion read. */
export function describeByDecoding(doc: Y.Doc, update: Uint8Array): { changes: boolean; startsPast: boolean } {
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
