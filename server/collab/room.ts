import * as Y from 'yjs';
import { spokenForDelegation } from './spoken-for-delegation';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import type { Role } from '@/lib/negotiation/roles';
import type { CollabAuditEntry, CreateValidator, DraftHistory } from './collab-types';
import type { CollabConnection } from './connection';
import type { DraftStore } from './draft-store';
import {
  BadMessageError,
  encodeJsonMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  type ClientMessage,
} from './frames';
import type { RefusalLimiter } from './refusal-limiter';
import type { RoomCounters } from './room-counters';
import { RoomPresence } from './room-presence';
import type { RoomBus } from './scale-out/room-bus';
import { HeldUpdates, NEVER_ARRIVED_REASON, startsPastState } from './held-updates';
import { SavePause } from './save-pause';
import { createSerialQueue } from './serial-queue';
import { createUpdateBudget, UPDATE_BUDGET_REASON } from './update-budget';
import { updateChangesDoc } from './update-changes-doc';
import type { UpdateValidator, ValidationResult } from './validation/types';

/** Viewers and observers read only; their write messages are dropped. */
const WRITING_ROLES: ReadonlySet<Role> = new Set(['secretariat', 'chair', 'delegate']);
/** 1011 "internal error": transient, so y-websocket reconnects and reloads from the database. */
export const CLOSE_INTERNAL_ERROR = 1011;
/** The writer named for updates the server itself made (commands); no client may write as it. */
export const SERVER_WRITER = '#server';
export const SAVE_FAILED_REASON = 'The server could not save your last change, so it was not applied.';

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
 * One draft in memory: its Y.Doc, the connections editing it and its presence. All writes go
 * through `queue`, one at a time: judge, store, then apply, broadcast and publish on the bus.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly connections = new Set<CollabConnection>();
  readonly queue = createSerialQueue();
  readonly presence: RoomPresence;
  private readonly updateBudget = createUpdateBudget();
  private readonly held = new HeldUpdates((connection) => this.expireHeld(connection));
  private readonly savePause: SavePause;
  private readonly departures: Map<string, number>;
  validator: UpdateValidator;
  destroyed = false;
  /** Ends the room's bus subscription; set by whoever subscribed it (scale-out/link-draft). */
  unsubscribe: (() => void) | undefined;

  /**
   * `history`: who wrote with each client id and who made each proposal, from the update log;
   * without it, ids used before the draft was last loaded would be free for anyone.
   */
  constructor(
    readonly draftId: string,
    state: Uint8Array,
    readonly deps: RoomDeps,
    private readonly history: DraftHistory = {},
  ) {
    Y.applyUpdate(this.doc, state);
    this.departures = deps.departures ?? new Map();
    this.presence = new RoomPresence(
      this.doc,
      (message) => this.broadcast(message),
      (update) => deps.bus.publishDraft(draftId, { kind: 'awareness', update }),
    );
    this.validator = deps.createValidator(this.doc, this.validatorHistory());
    this.savePause = new SavePause(() => this.databaseAnswers(), () => this.resumeSaving(), deps.probeMs);
  }

  join(connection: CollabConnection): void {
    connection.offlineSince = this.departures.get(connection.user.userId);
    this.connections.add(connection);
    connection.sendSession();
    connection.send(encodeSyncStep1(this.doc));
    const presence = this.presence.snapshot();
    if (presence) connection.send(presence);
    if (this.savePause.paused) connection.send(encodeJsonMessage(MESSAGE.savingPaused, { paused: true }));
  }

  leave(connection: CollabConnection): void {
    this.held.drop(connection);
    this.departures.set(connection.user.userId, Date.now());
    this.connections.delete(connection);
    this.presence.removeConnection(connection);
  }

  /** Handles one decoded frame. Throws BadMessageError for garbage found synchronously. */
  receive(connection: CollabConnection, message: ClientMessage): void {
    switch (message.kind) {
      case 'syncStep1':
        connection.send(encodeSyncStep2(this.doc, message.stateVector));
        return;
      case 'update':
        this.enqueue(connection, () => this.writeClientUpdate(connection, message.update));
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
    for (const connection of this.connections) {
      if (connection !== except) connection.send(message);
    }
  }

  /** A server-side change (a command) was stored: keep the validator's shadow in step, then send it. */
  publishServerUpdate(update: Uint8Array): void {
    this.safeValidatorCall(() => this.validator.observeServerUpdate(update));
    this.broadcast(encodeSyncUpdate(update));
    this.deps.bus.publishDraft(this.draftId, { kind: 'update', update, writer: SERVER_WRITER });
  }

  /**
   * An update another instance stored (or the database holds): apply it, keep the validator's
   * shadow in step, pass it on. Never stored again. Re-applying is harmless (Yjs), and a
   * repeat is not even broadcast. Throws BadMessageError when the bytes are not an update.
   */
  /** `writer`: who sent it on the other instance; undefined for a catch-up from the database. */
  receiveRemoteUpdate(update: Uint8Array, writer?: string): void {
    if (this.destroyed || !updateChangesDoc(this.doc, update)) return;
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    } catch (error) {
      this.deps.logError(`[collab] draft ${this.draftId}: an update from another instance did not apply`, error);
      this.deps.onBroken(this);
      return;
    }
    this.deps.counters.remoteUpdatesApplied++;
    this.safeValidatorCall(() => this.validator.observeServerUpdate(update, writer));
    this.broadcast(encodeSyncUpdate(update));
  }

  /**
   * Rebuilds the validator's shadow, whose state may have run ahead of the document. `resync`
   * keeps the validator's record of which client ids belong to whom; a new validator would not.
   */
  resetValidator(): void {
    const validator = this.validator;
    if (hasResync(validator)) {
      this.safeValidatorCall(() => validator.resync());
      return;
    }
    this.safeValidatorCall(() => validator.destroy());
    this.validator = this.deps.createValidator(this.doc, this.validatorHistory());
  }

  /** The log's history, with the server as writer of every other client id already in the document. */
  private validatorHistory(): DraftHistory {
    const writers = new Map(this.history.writers);
    for (const client of Y.decodeStateVector(Y.encodeStateVector(this.doc)).keys()) {
      if (!writers.has(client)) writers.set(client, SERVER_WRITER);
    }
    return { ...this.history, writers };
  }

  destroy(code: number, reason: string): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.unsubscribe?.();
    this.savePause.stop();
    this.held.clear();
    for (const connection of [...this.connections]) connection.close(code, reason);
    this.connections.clear();
    this.presence.destroy();
    this.safeValidatorCall(() => this.validator.destroy());
    this.doc.destroy();
  }

  private enqueue(connection: CollabConnection, task: () => Promise<void>): void {
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
        connection.close(CLOSE_INTERNAL_ERROR, 'server error');
      });
  }

  private async writeClientUpdate(connection: CollabConnection, update: Uint8Array): Promise<void> {
    // Most sync step 2 messages repeat what the room has; only real changes are judged.
    if (!updateChangesDoc(this.doc, update)) return;
    const actor = connection.actor;
    if (!WRITING_ROLES.has(actor.role)) {
      this.deps.counters.writesDropped++;
      return;
    }
    // Not judged, not stored: on resuming, the room asks each client for what it lacks.
    if (this.savePause.paused) return;
    if (!this.updateBudget.allows(connection, update.byteLength)) {
      // Like a refusal, the client's later writes build on this one: none of them is taken.
      connection.refused = true;
      connection.close(CLOSE.rateLimited, UPDATE_BUDGET_REASON);
      return;
    }
    const outcome = await this.judgeAndStore(connection, update);
    if (outcome === 'waiting') {
      if (!this.held.hold(connection, update)) this.refuse(connection, NEVER_ARRIVED_REASON, []);
      return;
    }
    if (outcome === 'accepted') await this.releaseHeld(connection);
  }

  /**
   * Checks, stores, applies and broadcasts one update. 'waiting': it builds on changes not yet
   * received and was not judged; 'settled': refused, or not stored (saving paused).
   */
  private async judgeAndStore(connection: CollabConnection, update: Uint8Array): Promise<'accepted' | 'waiting' | 'settled'> {
    if (startsPastState(this.doc, update)) return 'waiting';
    const verdict = this.check(update, connection);
    if (!verdict.ok) {
      if (verdict.waiting) return 'waiting';
      this.refuse(connection, verdict.reason, verdict.paragraphId === undefined ? [] : [verdict.paragraphId]);
      return 'settled';
    }
    const actor = connection.actor;
    const entry = { draftId: this.draftId, update, userId: actor.userId, delegationId: spokenForDelegation(actor, update) };
    const stored = await this.store(entry);
    if (stored !== 'stored') {
      // The validator's shadow already holds the unsaved update.
      this.resetValidator();
      if (stored === 'unreachable') this.pauseSaving();
      // Not the client's fault: a failing database must not rate-limit everyone. The paragraphs
      // are named so that the page can give back the words it typed there.
      else this.refuse(connection, SAVE_FAILED_REASON, verdict.paragraphIds ?? [], false);
      return 'settled';
    }
    if (this.destroyed) return 'settled';
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      // Stored but not applied: the document no longer matches the database. Reloading does.
      this.deps.logError(`[collab] draft ${this.draftId}: a stored update did not apply`, error);
      this.deps.onBroken(this);
      return 'settled';
    }
    this.deps.counters.updatesAccepted++;
    this.updateBudget.spend(connection, update.byteLength);
    this.broadcast(encodeSyncUpdate(update), connection);
    this.deps.bus.publishDraft(this.draftId, { kind: 'update', update, writer: connection.actor.userId });
    return 'accepted';
  }

  /**
   * Appends to the log. A failure is retried once if the database answers (a connection it had
   * dropped); 'unreachable' when it does not answer, 'failed' when it answers but refuses the row.
   */
  private async store(entry: Parameters<DraftStore['append']>[0]): Promise<'stored' | 'failed' | 'unreachable'> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.store.append(entry);
        return 'stored';
      } catch (error) {
        this.deps.counters.storeFailures++;
        this.deps.logError(`[collab] draft ${this.draftId}: could not store an update`, error);
        if (!(await this.databaseAnswers())) return 'unreachable';
        if (attempt >= 2) return 'failed';
      }
    }
  }

  databaseAnswers(): Promise<boolean> {
    const ping = this.deps.store.ping;
    if (!ping) return Promise.resolve(true);
    return ping.call(this.deps.store).then(
      () => true,
      () => false,
    );
  }

  /** The database is away: tell everyone, hold nothing, accept nothing until it answers again. */
  private pauseSaving(): void {
    if (!this.savePause.pause()) return;
    this.deps.counters.savingPauses++;
    this.held.clear();
    this.broadcast(encodeJsonMessage(MESSAGE.savingPaused, { paused: true }));
  }

  /** Saving resumes: every client is asked, with a fresh sync step 1, for what the room lacks. */
  private resumeSaving(): void {
    if (this.destroyed) return;
    this.broadcast(encodeJsonMessage(MESSAGE.savingPaused, { paused: false }));
    this.broadcast(encodeSyncStep1(this.doc));
  }

  get savingPaused(): boolean {
    return this.savePause.paused;
  }

  /** Judges again the updates `connection` sent too early, as long as some of them get through. */
  private async releaseHeld(connection: CollabConnection): Promise<void> {
    let progress = true;
    while (progress && this.held.has(connection)) {
      progress = false;
      const waiting: Uint8Array[] = [];
      for (const update of this.held.take(connection)) {
        if (connection.refused || this.destroyed || this.savePause.paused) break;
        const outcome = updateChangesDoc(this.doc, update) ? await this.judgeAndStore(connection, update) : 'settled';
        if (outcome === 'waiting') waiting.push(update);
        else progress = true;
      }
      if (connection.refused || this.destroyed || this.savePause.paused) {
        this.held.drop(connection);
        return;
      }
      this.held.keep(connection, waiting);
    }
  }

  /** The changes a held update builds on never came: one last try, then it is refused. */
  private expireHeld(connection: CollabConnection): void {
    this.enqueue(connection, async () => {
      await this.releaseHeld(connection);
      if (!this.held.has(connection)) return;
      this.held.drop(connection);
      this.refuse(connection, NEVER_ARRIVED_REASON, []);
    });
  }

  private check(update: Uint8Array, connection: CollabConnection): ValidationResult {
    try {
      return this.validator.check(update, connection.actor, { offlineSince: connection.offlineSince });
    } catch (error) {
      this.deps.logError(`[collab] draft ${this.draftId}: validator failed`, error);
      this.resetValidator();
      return { ok: false, reason: 'The server could not check this change.' };
    }
  }

  /** `paragraphIds`: where the refused words were typed; the first is also sent as `paragraphId`. */
  private refuse(connection: CollabConnection, reason: string, paragraphIds: string[], countAgainst = true): void {
    this.deps.counters.updatesRefused++;
    connection.refused = true;
    if (countAgainst) this.deps.limiter.record(this.draftId, connection.actor.userId);
    const paragraphId = paragraphIds[0];
    const named = paragraphId === undefined ? {} : { paragraphId, paragraphIds };
    connection.send(encodeJsonMessage(MESSAGE.refused, { reason, ...named }));
    connection.close(CLOSE.refused, reason);
    void this.deps
      .audit({
        meetingId: connection.meetingId,
        draftId: this.draftId,
        userId: connection.actor.userId,
        delegationId: connection.actor.delegationId,
        action: 'update.refused',
        ...(paragraphId ? { paragraphId } : {}),
        details: { reason },
      })
      .catch((error: unknown) => this.deps.logError('[collab] could not audit a refusal', error));
  }

  private safeValidatorCall(call: () => void): void {
    try {
      call();
    } catch (error) {
      this.deps.logError(`[collab] draft ${this.draftId}: validator failed`, error);
    }
  }
}

function hasResync(validator: UpdateValidator): validator is UpdateValidator & { resync(): void } {
  return typeof (validator as { resync?: unknown }).resync === 'function';
}
