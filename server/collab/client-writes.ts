import { encodeJsonMessage } from '@/lib/collab/messages';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import { can } from '@/lib/negotiation/policy';
import type { CollabConnection } from './connection';
import { encodeSyncStep1 } from './frames';
import { HeldUpdates, NEVER_ARRIVED } from './held-updates';
import type { Room } from './room';
import { probeDatabase } from './probe-database';
import { SavePause } from './save-pause';
import { createUpdateBudget, UPDATE_BUDGET_REASON } from './update-budget';
import { describeUpdate } from './update-changes-doc';
import { englishOf, say, type WireSentence } from '@/lib/i18n/server-sentences';

const SAVE_FAILED = say('server.refused.saveFailed', {});
export const SAVE_FAILED_REASON = englishOf(SAVE_FAILED);

/**
 * The client side of a room's write path (see commit-update), run inside the room's queue: who may
 * write, how much, and what it holds back: updates that arrived before the changes
 * they build on, and every edit while the database is away (saving paused).
 */
export class ClientWrites {
  private readonly updateBudget = createUpdateBudget();
  private readonly held = new HeldUpdates((connection) => this.expireHeld(connection));
  private readonly savePause: SavePause;

  constructor(private readonly room: Room) {
    this.savePause = new SavePause(() => probeDatabase({ store: room.deps.store }), () => this.resumeSaving(), room.deps.probeMs);
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
    const seen = describeUpdate(this.room.doc, update);
    if (!seen.changes) return;
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
    const outcome = await this.judgeAndStore(connection, update, seen.startsPast);
    if (outcome === 'waiting') {
      if (!this.held.hold(connection, update)) this.refuse(connection, NEVER_ARRIVED, []);
      return;
    }
    if (outcome === 'accepted') await this.releaseHeld(connection);
  }

  /**
   * Commits one update (check, store, apply, broadcast, publish); `startsPast` as describeUpdate
   * read it. 'waiting': it builds on changes not yet received and was not judged; 'settled': refused, or not stored (saving paused).
   */
  private async judgeAndStore(connection: CollabConnection, update: Uint8Array, startsPast: boolean): Promise<'accepted' | 'waiting' | 'settled'> {
    if (startsPast) return 'waiting';
    const outcome = await this.room.commit(update, { kind: 'client', connection });
    switch (outcome.status) {
      case 'waiting':
        return 'waiting';
      case 'refused':
        this.refuse(connection, outcome.sentence, outcome.paragraphIds);
        return 'settled';
      case 'unreachable':
        this.pauseSaving();
        return 'settled';
      case 'failed':
        // Not the client's fault: a failing database must not rate-limit everyone. The paragraphs
        // are named so that the page can give back the words it typed there.
        this.refuse(connection, SAVE_FAILED, outcome.paragraphIds, false);
        return 'settled';
      case 'dropped':
        return 'settled';
      case 'committed':
        this.room.deps.counters.updatesAccepted++;
        this.updateBudget.spend(connection, update.byteLength);
        return 'accepted';
    }
  }

  /** The database is away: tell everyone, hold nothing, accept nothing until it answers again. */
  pauseSaving(): void {
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
        const seen = describeUpdate(this.room.doc, update);
        const outcome = seen.changes ? await this.judgeAndStore(connection, update, seen.startsPast) : 'settled';
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
      this.refuse(connection, NEVER_ARRIVED, []);
    });
  }

  /**
   * `paragraphIds`: where the refused words were typed; the first is also sent as `paragraphId`.
   * The message keeps the English `reason` (bots read it) and adds the sentence's `key` and `params`.
   */
  private refuse(connection: CollabConnection, sentence: WireSentence, paragraphIds: string[], countAgainst = true): void {
    const reason = englishOf(sentence);
    this.room.deps.counters.updatesRefused++;
    connection.refused = true;
    if (countAgainst) this.room.deps.limiter.record(this.room.draftId, connection.actor.userId);
    const paragraphId = paragraphIds[0];
    const named = paragraphId === undefined ? {} : { paragraphId, paragraphIds };
    connection.send(encodeJsonMessage(MESSAGE.refused, { reason, key: sentence.key, params: sentence.params, ...named }));
    connection.close(CLOSE.refused, reason);
    void this.room.deps
      .audit({
        meetingId: connection.meetingId,
        draftId: this.room.draftId,
        userId: connection.actor.userId,
        delegationId: connection.actor.delegationId,
        action: 'update.refused',
        ...(paragraphId ? { paragraphId } : {}),
        // The sentence too, so the history words the refusal in its reader's language.
        details: { reason, key: sentence.key, params: sentence.params },
      })
      .catch((error: unknown) => this.room.deps.logError('[collab] could not audit a refusal', error));
  }
}
