import { CLOSE } from '@/lib/collab/protocol';
import type { DraftHistory } from './collab-types';
import type { LoadedDraft } from './draft-store';
import { resolveLogWriters } from './resolve-log-writers';
import { Room, type RoomDeps } from './room';
import { linkDraft } from './scale-out/link-draft';

interface RoomEntry {
  draftId: string;
  /** Connections holding the room, including ones still being admitted. */
  refs: number;
  loading: Promise<Room>;
  room?: Room;
  idleTimer?: NodeJS.Timeout;
}

/**
 * The drafts held in memory. A draft is loaded from the store when its first connection arrives
 * (concurrent first connections share one load), and unloaded — after its queue drained, with a
 * compaction of its update log — once it has had no connection for `idleUnloadMs`.
 */
export class RoomRegistry {
  private readonly entries = new Map<string, RoomEntry>();
  /** Unloads in progress, so that a reload of the same draft starts after the compaction. */
  private readonly unloading = new Map<string, Promise<void>>();
  /** Draft id → user id → when their last connection closed (see RoomDeps.departures). */
  private readonly departures = new Map<string, Map<string, number>>();
  private closed = false;

  constructor(
    private readonly deps: Omit<RoomDeps, 'onBroken'>,
    private readonly idleUnloadMs: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  rooms(): Room[] {
    return [...this.entries.values()].flatMap((entry) => (entry.room ? [entry.room] : []));
  }

  /** Every room, including the ones still loading (once they have loaded). */
  async everyRoom(): Promise<Room[]> {
    const settled = await Promise.allSettled([...this.entries.values()].map((entry) => entry.loading));
    return settled.flatMap((result) => (result.status === 'fulfilled' && !result.value.destroyed ? [result.value] : []));
  }

  /** Holds the draft's room (loading it if needed). Every acquire must be paired with a release. */
  async acquire(draftId: string): Promise<Room> {
    if (this.closed) throw new Error('the collaboration server is closing');
    let entry = this.entries.get(draftId);
    if (!entry) {
      entry = { draftId, refs: 0, loading: this.load(draftId) };
      const created = entry;
      this.entries.set(draftId, created);
      created.loading.then(
        (room) => {
          created.room = room;
        },
        () => {
          if (this.entries.get(draftId) === created) this.entries.delete(draftId);
        },
      );
    }
    entry.refs++;
    clearTimeout(entry.idleTimer);
    entry.idleTimer = undefined;
    try {
      return await entry.loading;
    } catch (error) {
      entry.refs--;
      throw error;
    }
  }

  release(room: Room): void {
    const entry = this.entries.get(room.draftId);
    if (!entry || entry.room !== room) return;
    entry.refs--;
    if (entry.refs > 0 || this.closed) return;
    entry.idleTimer = setTimeout(() => void this.unload(entry), this.idleUnloadMs);
    entry.idleTimer.unref?.();
  }

  /** Drops a room whose document may no longer match the store; its clients reconnect and reload. */
  drop(room: Room): void {
    const entry = this.entries.get(room.draftId);
    if (entry?.room === room) {
      clearTimeout(entry.idleTimer);
      this.entries.delete(room.draftId);
    }
    if (!room.destroyed) this.deps.counters.roomsUnloaded++;
    room.destroy(CLOSE.internalError, 'reloading the draft');
  }

  /** Closes every room: connections are told to go away, queues drain, logs are compacted. */
  async closeAll(): Promise<void> {
    this.closed = true;
    const entries = [...this.entries.values()];
    await Promise.all(entries.map((entry) => this.unload(entry, true)));
    await Promise.all(this.unloading.values());
  }

  private async load(draftId: string): Promise<Room> {
    await this.unloading.get(draftId);
    const link = await linkDraft(this.deps.bus, draftId);
    let room: Room;
    try {
      const loaded = await this.loadDraft(draftId);
      const departures = this.departures.get(draftId) ?? new Map<string, number>();
      this.departures.set(draftId, departures);
      const deps = { ...this.deps, onBroken: (broken: Room) => this.drop(broken), departures };
      room = new Room(draftId, loaded, deps, () => this.loadHistory(draftId));
    } catch (error) {
      link.cancel();
      throw error;
    }
    this.deps.counters.roomsLoaded++;
    link.attach(room);
    return room;
  }

  private async loadDraft(draftId: string): Promise<LoadedDraft> {
    const { store } = this.deps;
    if (store.loadDoc) return store.loadDoc(draftId);
    // The whole state as one update: the room builds its document from it when needed.
    return { doc: null, state: await store.load(draftId) };
  }

  /** Who wrote with which client id and who made which proposal, from the update log. */
  private async loadHistory(draftId: string): Promise<DraftHistory> {
    const identities = await this.deps.store.loadIdentities?.(draftId);
    return identities ? { writers: resolveLogWriters(identities.writers), proposals: identities.proposals } : {};
  }

  private async unload(entry: RoomEntry, force = false): Promise<void> {
    if (this.entries.get(entry.draftId) !== entry) return;
    if (!force && entry.refs > 0) return;
    clearTimeout(entry.idleTimer);
    this.entries.delete(entry.draftId);
    const done = this.finishUnload(entry).finally(() => {
      if (this.unloading.get(entry.draftId) === done) this.unloading.delete(entry.draftId);
    });
    this.unloading.set(entry.draftId, done);
    await done;
  }

  private async finishUnload(entry: RoomEntry): Promise<void> {
    let room: Room;
    try {
      room = await entry.loading;
    } catch {
      return;
    }
    for (const connection of [...room.connections]) connection.close(CLOSE.goingAway, 'server closing');
    await room.queue.idle();
    const broken = room.destroyed;
    room.destroy(CLOSE.goingAway, 'server closing');
    if (broken) return;
    this.deps.counters.roomsUnloaded++;
    try {
      await this.deps.store.compact(entry.draftId);
    } catch (error) {
      this.deps.logError(`[collab] draft ${entry.draftId}: compaction failed`, error);
    }
  }
}
