import * as Y from 'yjs';

/**
 * A busy room folds once this many updates have piled up since the last fold: bounds the memory
 * kept and the cost of a restore (one apply per update: tens of milliseconds, during which the
 * room's queue waits), at one encoding of the document per 2,000 updates.
 */
export const FOLD_WHEN_BUSY = 2_000;
/** A room quiet for a moment folds once this many have piled up. */
export const FOLD_WHEN_QUIET = 200;

/**
 * A room's document as the database holds it, kept as bytes: the state at the last fold plus
 * every stored update applied since. The room judges a client's update on its one document,
 * applying it there first; when the update is refused, or cannot be stored, the document is
 * rebuilt from these bytes, without it. Nothing is applied twice on the usual path: recording
 * an update keeps a reference to its bytes, and folding (encoding the document once) happens
 * after many updates, or when the room is quiet.
 */
export class DocumentCheckpoint {
  /** Null: the document itself is still exactly the stored state, so it is encoded when first needed. */
  private base: Uint8Array | null;
  private tail: Uint8Array[] = [];

  constructor(storedState: Uint8Array | null) {
    this.base = storedState;
  }

  /**
   * Call before `doc` takes a change that may have to be undone, while it still holds only
   * stored state.
   */
  capture(doc: Y.Doc): void {
    if (this.base === null) this.fold(doc);
  }

  /** `update` was stored and applied to the document. */
  record(update: Uint8Array): void {
    // Without a base, the base encoded later includes it.
    if (this.base !== null) this.tail.push(update);
  }

  /**
   * Encodes `doc` as the new base once `atUpdates` updates have piled up since the last fold.
   * Call only while `doc` holds nothing but stored state (in the room's queue, between writes).
   */
  foldIfPast(atUpdates: number, doc: Y.Doc): void {
    if (this.base !== null && this.tail.length >= atUpdates) this.fold(doc);
  }

  /** The stored state as a new document, with `clientID` kept (the room's own id for its document). */
  restore(clientID: number): Y.Doc {
    if (this.base === null) throw new Error('the document was changed before its stored state was captured');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, this.base);
    for (const update of this.tail) Y.applyUpdate(doc, update);
    // Set after loading: Yjs gives a document a new client id when an update advances its own.
    doc.clientID = clientID;
    return doc;
  }

  /** How many updates a restore would apply after the base (for tests). */
  get pendingUpdates(): number {
    return this.tail.length;
  }

  private fold(doc: Y.Doc): void {
    this.base = Y.encodeStateAsUpdate(doc);
    this.tail = [];
  }
}
