import * as Y from 'yjs';
import { DocumentCheckpoint, FOLD_WHEN_BUSY, FOLD_WHEN_QUIET } from './document-checkpoint';
import type { LoadedDraft } from './draft-store';

export interface RoomDocumentOptions {
  loaded: LoadedDraft;
  /** The document was just built from the stored bytes (not called for one loaded built). */
  onBuilt(): void;
  /** The stored bytes did not apply: the document cannot be trusted to match the database. */
  onBuildFailed(error: unknown): void;
  /** Runs `task` in the room's queue, between writes, where the document holds only stored state. */
  runInQueue(task: () => void): void;
}

/** How long a room waits without a stored update before folding its checkpoint. */
const QUIET_MS = 1_000;

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
  private lastRecordedAt = 0;
  private foldTimer: NodeJS.Timeout | undefined;

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

  /** Stored updates recorded since the checkpoint last folded (what a restore would apply one by one). */
  get updatesSinceFold(): number {
    return this.checkpoint.pendingUpdates;
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

  /**
   * A stored update was applied to the document. `inQueue`: recorded between writes of the
   * room's queue, where the document holds nothing unstored, which a fold would keep.
   */
  record(update: Uint8Array, inQueue: boolean): void {
    this.checkpoint.record(update);
    if (inQueue) this.foldIfPast(FOLD_WHEN_BUSY);
    this.lastRecordedAt = performance.now();
    this.foldWhenQuiet();
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
    clearTimeout(this.foldTimer);
    this.doc.destroy();
  }

  private foldIfPast(atUpdates: number): void {
    if (this.built) this.checkpoint.foldIfPast(atUpdates, this.doc);
  }

  /** Folds once the room has been quiet for a second: one encoding of the document, off the typing path. */
  private foldWhenQuiet(): void {
    if (this.foldTimer) return;
    this.foldTimer = setTimeout(() => {
      this.foldTimer = undefined;
      if (performance.now() - this.lastRecordedAt < QUIET_MS) {
        this.foldWhenQuiet();
        return;
      }
      this.options.runInQueue(() => this.foldIfPast(FOLD_WHEN_QUIET));
    }, QUIET_MS);
    this.foldTimer.unref();
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
