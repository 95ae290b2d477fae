import * as Y from 'yjs';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import { can } from '@/lib/negotiation/policy';
import type { CollabConnection } from './connection';
import type { DraftStore } from './draft-store';
import { encodeJsonMessage, encodeSyncStep1, encodeSyncUpdate } from './frames';
import { HeldUpdates, NEVER_ARRIVED_REASON, startsPastState } from './held-updates';
import type { Room } from './room';
import { SavePause } from './save-pause';
import { spokenForDelegation } from './spoken-for-delegation';
import { createUpdateBudget, UPDATE_BUDGET_REASON } from './update-budget';
import { updateChangesDoc } from './update-changes-doc';
import type { ValidationResult } from './validation/types';

/** As long as the health check waits for the database. */
const PING_TIMEOUT_MS = 2_000;
export const SAVE_FAILED_REASON = 'The server could not save your last change, so it was not applied.';

/**
 * The write path of one room's client updates, run inside the room's queue: judge, store, then
 * apply, broadcast and publish. Also what it holds back: updates that arrived before the changes
 * they build on, and every edit while the database is away (saving paused).
 */
export class ClientWrites {
  private readonly updateBudget = createUpdateBudget();
  private readonly held = new HeldUpdates((connection) => this.expireHeld(connection));
  private readonly savePause: SavePause;

  constructor(private readonly room: Room) {
    this.savePause = new SavePause(() => this.databaseAnswers(), () => this.resumeSaving(), room.deps.probeMs);
  }

  get savingPaused(): boolean {
    return this.savePause.paused;
  }

  /** The connection left: what it held is dropped (it resends it on reconnecting). */
  forget(connection: CollabConnection): void {
    this.held.drop(connection);
  }

  stop(): void {
    this.savePause.stop();
    this.held.clear();
  }

  async write(connection: CollabConnection, update: Uint8Array): Promise<void> {
    // Most sync step 2 messages repeat what the room has; only real changes are judged.
    if (!updateChangesDoc(this.room.doc, update)) return;
    const actor = connection.actor;
    // Viewers and observers read only; their write messages are dropped.
    if (!can(actor, 'writeText')) {
      this.room.deps.counters.writesDropped++;
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
    if (startsPastState(this.room.doc, update)) return 'waiting';
    const verdict = this.check(update, connection);
    if (!verdict.ok) {
      if (verdict.waiting) return 'waiting';
      this.refuse(connection, verdict.reason, verdict.paragraphId === undefined ? [] : [verdict.paragraphId]);
      return 'settled';
    }
    const actor = connection.actor;
    const entry = { draftId: this.room.draftId, update, userId: actor.userId, delegationId: spokenForDelegation(actor, update) };
    const stored = await this.store(entry);
    if (stored !== 'stored') {
      // The validator's shadow already holds the unsaved update.
      this.room.resetValidator();
      if (stored === 'unreachable') this.pauseSaving();
      // Not the client's fault: a failing database must not rate-limit everyone. The paragraphs
      // are named so that the page can give back the words it typed there.
      else this.refuse(connection, SAVE_FAILED_REASON, verdict.paragraphIds ?? [], false);
      return 'settled';
    }
    if (this.room.destroyed) return 'settled';
    try {
      Y.applyUpdate(this.room.doc, update, connection);
    } catch (error) {
      // Stored but not applied: the document no longer matches the database. Reloading does.
      this.room.deps.logError(`[collab] draft ${this.room.draftId}: a stored update did not apply`, error);
      this.room.deps.onBroken(this.room);
      return 'settled';
    }
    this.room.deps.counters.updatesAccepted++;
    this.updateBudget.spend(connection, update.byteLength);
    this.room.broadcast(encodeSyncUpdate(update), connection);
    this.room.deps.bus.publishDraft(this.room.draftId, { kind: 'update', update, writer: connection.actor.userId });
    return 'accepted';
  }

  /**
   * Appends to the log. A failure is retried once if the database answers (a connection it had
   * dropped); 'unreachable' when it does not answer, 'failed' when it answers but refuses the row.
   */
  private async store(entry: Parameters<DraftStore['append']>[0]): Promise<'stored' | 'failed' | 'unreachable'> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.room.deps.store.append(entry);
        return 'stored';
      } catch (error) {
        this.room.deps.counters.storeFailures++;
        this.room.deps.logError(`[collab] draft ${this.room.draftId}: could not store an update`, error);
        if (!(await this.databaseAnswers())) return 'unreachable';
        if (attempt >= 2) return 'failed';
      }
    }
  }

  /** Whether the database answers a probe within PING_TIMEOUT_MS (a lost network may never answer). */
  private async databaseAnswers(): Promise<boolean> {
    const store = this.room.deps.store;
    if (!store.ping) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
    });
    const answered = store.ping().then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([answered, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The database is away: tell everyone, hold nothing, accept nothing until it answers again. */
  private pauseSaving(): void {
    if (!this.savePause.pause()) return;
    this.room.deps.counters.savingPauses++;
    this.held.clear();
    // Proposals typed from now on reach the server only when saving resumes, maybe minutes later:
    // their time stamps are judged as those of words typed offline since this moment.
    const since = Date.now();
    for (const connection of this.room.connections) connection.offlineSince = Math.min(connection.offlineSince ?? since, since);
    this.room.broadcast(encodeJsonMessage(MESSAGE.savingPaused, { paused: true }));
  }

  /** Saving resumes: every client is asked, with a fresh sync step 1, for what the room lacks. */
  private resumeSaving(): void {
    if (this.room.destroyed) return;
    this.room.broadcast(encodeJsonMessage(MESSAGE.savingPaused, { paused: false }));
    this.room.broadcast(encodeSyncStep1(this.room.doc));
  }

  /** Judges again the updates `connection` sent too early, as long as some of them get through. */
  private async releaseHeld(connection: CollabConnection): Promise<void> {
    let progress = true;
    while (progress && this.held.has(connection)) {
      progress = false;
      const waiting: Uint8Array[] = [];
      for (const update of this.held.take(connection)) {
        if (connection.refused || this.room.destroyed || this.savePause.paused) break;
        const outcome = updateChangesDoc(this.room.doc, update) ? await this.judgeAndStore(connection, update) : 'settled';
        if (outcome === 'waiting') waiting.push(update);
        else progress = true;
      }
      if (connection.refused || this.room.destroyed || this.savePause.paused) {
        this.held.drop(connection);
        return;
      }
      this.held.keep(connection, waiting);
    }
  }

  /** The changes a held update builds on never came: one last try, then it is refused. */
  private expireHeld(connection: CollabConnection): void {
    this.room.enqueue(connection, async () => {
      await this.releaseHeld(connection);
      if (!this.held.has(connection)) return;
      this.held.drop(connection);
      this.refuse(connection, NEVER_ARRIVED_REASON, []);
    });
  }

  private check(update: Uint8Array, connection: CollabConnection): ValidationResult {
    try {
      return this.room.validator.check(update, connection.actor, { offlineSince: connection.offlineSince });
    } catch (error) {
      this.room.deps.logError(`[collab] draft ${this.room.draftId}: validator failed`, error);
      this.room.resetValidator();
      return { ok: false, reason: 'The server could not check this change.' };
    }
  }

  /** `paragraphIds`: where the refused words were typed; the first is also sent as `paragraphId`. */
  private refuse(connection: CollabConnection, reason: string, paragraphIds: string[], countAgainst = true): void {
    this.room.deps.counters.updatesRefused++;
    connection.refused = true;
    if (countAgainst) this.room.deps.limiter.record(this.room.draftId, connection.actor.userId);
    const paragraphId = paragraphIds[0];
    const named = paragraphId === undefined ? {} : { paragraphId, paragraphIds };
    connection.send(encodeJsonMessage(MESSAGE.refused, { reason, ...named }));
    connection.close(CLOSE.refused, reason);
    void this.room.deps
      .audit({
        meetingId: connection.meetingId,
        draftId: this.room.draftId,
        userId: connection.actor.userId,
        delegationId: connection.actor.delegationId,
        action: 'update.refused',
        ...(paragraphId ? { paragraphId } : {}),
        details: { reason },
      })
      .catch((error: unknown) => this.room.deps.logError('[collab] could not audit a refusal', error));
  }
}
