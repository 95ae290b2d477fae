import * as Y from 'yjs';
import { DocumentCheckpoint } from './document-checkpoint';
import type { LoadedDraft } from './draft-store';

export interface RoomDocumentOptions {
  loaded: LoadedDraft;
  /** The document was just built from the stored bytes (not called for one loaded built). */
  onBuilt(): void;
  /** The stored bytes did not apply: the document cannot be trusted to match the database. */
  onBuildFailed(error: unknown): void;
}

/**
 * A room's Y.Doc, which a draft loaded from its snapshot alone does not build at once: applying
 * a long draft's stored bytes costs tens of milliseconds, and a newcomer that has nothing needs
 * only those bytes. The document is built by whoever first needs its content (`get`); until
 * then, and for as long as it is exactly those bytes, `storedState` holds them.
 *
 * A client's update is judged on this one document before it is stored; when it must not stay
 * (refused, or not stored), `restore` replaces the document with one rebuilt from the
 * checkpoint of what is stored.
 */
export class RoomDocument {
  private doc: Y.Doc;
  private pending: Uint8Array | null;
  private stored: Uint8Array | null;
  private readonly checkpoint: DocumentCheckpoint;

  constructor(private readonly options: RoomDocumentOptions) {
    const { loaded } = options;
    this.doc = loaded.doc ?? new Y.Doc();
    this.pending = loaded.doc ? null : loaded.state;
    this.stored = loaded.state;
    this.checkpoint = new DocumentCheckpoint(loaded.state);
    if (!this.pending) this.watchStored();
  }

  /** Whether the document holds the draft (false until someone needed its content). */
  get built(): boolean {
    return this.pending === null;
  }

  /** The stored bytes while the document is exactly them, built or not; else null. */
  get storedState(): Uint8Array | null {
    return this.stored;
  }

  /** The document, built now if it was not. */
  get(): Y.Doc {
    if (this.pending) this.build(this.pending);
    return this.doc;
  }

  /** Call before judging a change on the document: what is stored so far can be restored. */
  capture(): void {
    this.checkpoint.capture(this.get());
  }

  /** A stored update was applied to the document. */
  record(update: Uint8Array): void {
    this.checkpoint.record(update);
  }

  /** Folds the checkpoint once `atUpdates` have piled up; call while the document holds only stored state. */
  foldIfPast(atUpdates: number): void {
    if (this.built) this.checkpoint.foldIfPast(atUpdates, this.doc);
  }

  /** Replaces the document with the stored state, without what was applied since and not recorded. */
  restore(): Y.Doc {
    const previous = this.doc;
    this.doc = this.checkpoint.restore(previous.clientID);
    this.stored = null;
    previous.destroy();
    return this.doc;
  }

  destroy(): void {
    this.doc.destroy();
  }

  private build(state: Uint8Array): void {
    this.pending = null;
    try {
      Y.applyUpdate(this.doc, state);
    } catch (error) {
      this.stored = null;
      this.options.onBuildFailed(error);
      return;
    }
    this.watchStored();
    this.options.onBuilt();
  }

  /** The first change to the document makes the stored bytes stale. */
  private watchStored(): void {
    if (this.stored) this.doc.once('update', () => (this.stored = null));
  }
}
