import * as Y from 'yjs';
import * as random from 'lib0/random';
import { encodeJsonMessage } from '@/lib/collab/messages';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import type { CollabAuditEntry, CreateValidator, DraftHistory } from './collab-types';
import type { CollabConnection } from './connection';
import { ClientWrites } from './client-writes';
import { commitUpdate, type CommitOutcome, type UpdateWriter } from './commit-update';
import type { DraftStore, LoadedDraft } from './draft-store';
import {
  BadMessageError,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeSyncUpdate,
  type ClientMessage,
} from './frames';
import type { RefusalLimiter } from './refusal-limiter';
import type { RoomCounters } from './room-counters';
import { RoomDocument } from './room-document';
import { RoomPresence } from './room-presence';
import { RoomValidation } from './room-validation';
import type { RoomBus } from './scale-out/room-bus';
import { createSerialQueue } from './serial-queue';
import { updateChangesDoc } from './update-changes-doc';
import { prepareMessage } from './websocket-frame';

export { SAVE_FAILED_REASON } from './client-writes';

/** Origin of updates applied from another instance (they were stored there). */
export const REMOTE_ORIGIN = Symbol('remote-instance');

export interface RoomDeps {
  store: DraftStore;
  audit(entry: CollabAuditEntry): Promise<void>;
  createValidator: CreateValidator;
  limiter: RefusalLimiter;
  counters: RoomCounters;
  logError(message: string, error?: unknown): void;
  /** The room's document can no longer be trusted to match the database: drop it from memory. */
  onBroken(room: Room): void;
  runCommand(room: Room, connection: CollabConnection, json: string): Promise<void>;
  /** The other instances serving this draft (a no-op bus with a single instance). */
  bus: RoomBus;
  /** While saving is paused, how often to ask whether the database is back (default 1 s). */
  probeMs?: number;
  /**
   * User id → when their last connection to this draft closed, kept by the registry so that it
   * outlives the room: proposals typed offline since then may carry time stamps that old.
   */
  departures?: Map<string, number>;
}

/**
 * One draft in memory: its Y.Doc, the connections editing it and its presence. Every write goes
 * through `queue` and `commit`, one at a time: judge, store, then apply, broadcast and publish on
 * the bus. Sync requests are answered from the same queue, so nobody receives unstored state;
 * only a newcomer that has nothing is answered at once, with the stored bytes, while the
 * document is exactly them (see RoomDocument).
 */
export class Room {
  /**
   * The client id of the server's own changes (commands), built on scratch copies: never
   * `doc.clientID`, which Yjs replaces when an update it did not make advances it.
   */
  readonly serverClientId = random.uint32();
  readonly connections = new Set<CollabConnection>();
  readonly queue = createSerialQueue();
  readonly presence: RoomPresence;
  readonly writes: ClientWrites;
  private readonly departures: Map<string, number>;
  readonly validation: RoomValidation;
  /**
   * The document, which a room loaded from its snapshot alone builds in its queue right after
   * loading (every write waits for it), or earlier, outside the queue, for whatever needs it
   * first (an update from another instance).
   */
  private readonly document: RoomDocument;
  private readonly presenceDoc = new Y.Doc();
  /** Connections that joined before the document was built: the server's sync step 1 awaits it. */
  private readonly awaitingStepOne = new Set<CollabConnection>();
  destroyed = false;
  /** Ends the room's bus subscription; set by whoever subscribed it (scale-out/link-draft). */
  unsubscribe: (() => void) | undefined;

  /**
   * `loaded`: the draft as the store built it. `loadHistory`: who wrote with each client id and
   * who made each proposal, from the update log, read when the room first judges a write.
   */
  constructor(
    readonly draftId: string,
    loaded: LoadedDraft,
    readonly deps: RoomDeps,
    loadHistory: () => Promise<DraftHistory> = () => Promise.resolve({}),
  ) {
    this.document = new RoomDocument({
      loaded,
      onBuilt: () => this.sendAwaitedStepOne(),
      onBuildFailed: (error) => {
        deps.logError(`[collab] draft ${draftId}: its stored state did not apply`, error);
        deps.onBroken(this);
      },
      runInQueue: (task) => {
        void this.queue.run(() => {
          if (!this.destroyed) task();
        });
      },
    });
    this.departures = deps.departures ?? new Map();
    // Presence needs a client id and nothing else: a document of its own, never replaced.
    this.presence = new RoomPresence(
      this.presenceDoc,
      (message) => this.broadcast(message),
      (update) => deps.bus.publishDraft(draftId, { kind: 'awareness', update }),
    );
    this.validation = new RoomValidation({
      doc: () => this.doc,
      serverClientId: this.serverClientId,
      createValidator: deps.createValidator,
      loadHistory,
      logError: (message, error) => deps.logError(`${message} (draft ${draftId})`, error),
    });
    this.writes = new ClientWrites(this);
    if (!this.document.built) void this.queue.run(() => this.buildInQueue());
  }

  /** The draft's document (built now if it was not). Writes reach it through `commit` only. */
  get doc(): Y.Doc {
    return this.document.get();
  }

  join(connection: CollabConnection): void {
    connection.offlineSince = this.departures.get(connection.user.userId);
    this.connections.add(connection);
    connection.sendSession();
    // Its state vector needs the document: the step 1 of a room still building it follows later.
    if (!this.document.built) this.awaitingStepOne.add(connection);
    else if (this.queue.pending === 0) connection.send(encodeSyncStep1(this.doc));
    // A write being judged is in the document until it is stored: the state vector waits for it,
    // or a client reconnecting with that write would be told the server has it.
    else void this.queue.run(() => this.connections.has(connection) && connection.send(encodeSyncStep1(this.doc)));
    const presence = this.presence.snapshot();
    if (presence) connection.send(presence);
    if (this.writes.savingPaused) connection.send(encodeJsonMessage(MESSAGE.savingPaused, { paused: true }));
  }

  leave(connection: CollabConnection): void {
    this.writes.forget(connection);
    this.departures.set(connection.user.userId, Date.now());
    this.connections.delete(connection);
    this.awaitingStepOne.delete(connection);
    this.presence.removeConnection(connection);
  }

  /** Handles one decoded frame. Throws BadMessageError for garbage found synchronously. */
  receive(connection: CollabConnection, message: ClientMessage): void {
    switch (message.kind) {
      case 'syncStep1': {
        // The stored bytes hold nothing unstored: a newcomer that has nothing needs not wait.
        const stored = this.document.storedState;
        if (stored && isEmptyStateVector(message.stateVector)) {
          connection.send(encodeSyncStep2Update(stored));
          return;
        }
        // Behind any write being stored: the answer holds only what the database holds.
        this.enqueue(connection, () => {
          connection.send(this.answerSync(message.stateVector));
          return Promise.resolve();
        });
        return;
      }
      case 'update':
        this.enqueue(connection, () => this.writes.write(connection, message.update));
        return;
      case 'command':
        this.enqueue(connection, () => this.deps.runCommand(this, connection, message.json));
        return;
      case 'awareness':
        this.presence.apply(connection, message.update);
        return;
      case 'queryAwareness': {
        const presence = this.presence.snapshot();
        if (presence) connection.send(presence);
        return;
      }
      case 'auth':
        return;
    }
  }

  broadcast(message: Uint8Array, except?: CollabConnection): void {
    const prepared = prepareMessage(message);
    for (const connection of this.connections) {
      if (connection !== except) connection.sendPrepared(prepared);
    }
  }

  /** The room's one write path (see commit-update); call it from inside `queue` only. */
  commit(update: Uint8Array, writer: UpdateWriter): Promise<CommitOutcome> {
    return commitUpdate({ room: this, update, writer });
  }

  /**
   * A copy of the document on which the server builds a change (a command) without touching
   * `doc`: only `commit` brings the change to `doc`, once it is stored. The caller destroys it.
   */
  scratchCopy(): Y.Doc {
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
    // Set after loading the state: Yjs gives a document a new client id when a remote update advances its own.
    scratch.clientID = this.serverClientId;
    return scratch;
  }

  /**
   * Call before a client's update is judged on `doc`: what the database holds so far can be
   * restored if the update must not stay.
   */
  captureStoredState(): void {
    this.document.capture();
  }

  /**
   * A stored update is now in `doc`, committed here (`committed`: inside the queue) or from
   * another instance; `writer` sent it. `judged`: the validator has read it already.
   */
  recordStoredUpdate(update: Uint8Array, { writer, judged = false, committed = false }: { writer?: string; judged?: boolean; committed?: boolean }): void {
    this.document.record(update, committed);
    if (!judged) this.validation.observe(update, writer);
  }

  /**
   * Replaces `doc` with what the database holds: a client's update judged on it was refused,
   * or could not be stored. `paragraphIds`: where that update wrote.
   */
  restoreStoredState(paragraphIds: Iterable<string>): void {
    let doc: Y.Doc;
    try {
      doc = this.document.restore();
    } catch (error) {
      // The document still holds what must not stay: nobody may read it. Reloading from the database does.
      this.deps.logError(`[collab] draft ${this.draftId}: could not rebuild the document from its checkpoint`, error);
      this.deps.onBroken(this);
      return;
    }
    this.validation.attach(doc, paragraphIds);
  }

  /** Sync step 2 for a client's state vector; throws on an undecodable one. */
  private answerSync(stateVector: Uint8Array): Uint8Array {
    const stored = this.document.storedState;
    if (stored && Y.decodeStateVector(stateVector).size === 0) return encodeSyncStep2Update(stored);
    return encodeSyncStep2(this.doc, stateVector);
  }

  /**
   * Builds the document ahead of every write, but a turn of the event loop later: the
   * connections whose arrival loaded the room are first answered from the stored bytes.
   */
  private async buildInQueue(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!this.destroyed) this.document.get();
  }

  private sendAwaitedStepOne(): void {
    if (this.awaitingStepOne.size === 0) return;
    const stepOne = encodeSyncStep1(this.doc);
    for (const connection of this.awaitingStepOne) connection.send(stepOne);
    this.awaitingStepOne.clear();
  }

  /**
   * An update another instance stored (or the database holds): apply it, record it in the
   * checkpoint, let the validator read it, pass it on. Never stored again. Re-applying is harmless (Yjs), and a
   * repeat is not even broadcast. Throws BadMessageError when the bytes are not an update.
   */
  /** `writer`: who sent it on the other instance; undefined for a catch-up from the database. */
  receiveRemoteUpdate(update: Uint8Array, writer?: string): void {
    if (this.destroyed) return;
    // Applied at once, so the document is built now if it was not; this may break the room.
    const doc = this.doc;
    if (this.destroyed || !updateChangesDoc(doc, update)) return;
    try {
      Y.applyUpdate(doc, update, REMOTE_ORIGIN);
    } catch (error) {
      this.deps.logError(`[collab] draft ${this.draftId}: an update from another instance did not apply`, error);
      this.deps.onBroken(this);
      return;
    }
    this.deps.counters.remoteUpdatesApplied++;
    this.recordStoredUpdate(update, { writer });
    this.broadcast(encodeSyncUpdate(update));
  }

  /** Whether the room takes no edits because the database is away (see ClientWrites). */
  get savingPaused(): boolean {
    return this.writes.savingPaused;
  }

  destroy(code: number, reason: string): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.unsubscribe?.();
    this.writes.stop();
    for (const connection of [...this.connections]) connection.close(code, reason);
    this.connections.clear();
    this.presence.destroy();
    this.validation.destroy();
    this.awaitingStepOne.clear();
    this.document.destroy();
    this.presenceDoc.destroy();
  }

  /** Runs a write of `connection` in the room's queue; a failure closes that connection only. */
  enqueue(connection: CollabConnection, task: () => Promise<void>): void {
    void this.queue
      .run(async () => {
        // Once refused, a client's later writes build on the refused change; once the room is
        // broken, the client will resend its changes after reconnecting.
        if (this.destroyed || connection.refused) return;
        await task();
      })
      .catch((error: unknown) => {
        if (error instanceof BadMessageError) {
          connection.close(CLOSE.badMessage, 'malformed message');
          return;
        }
        this.deps.logError(`[collab] draft ${this.draftId}: write failed`, error);
        connection.close(CLOSE.internalError, 'server error');
      });
  }
}

/** An empty state vector, as y-websocket and Yjs encode it: a client that has nothing yet. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
