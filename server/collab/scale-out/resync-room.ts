import * as Y from 'yjs';
import type { Room } from '../room';
import { resolveLogWriters } from '../resolve-log-writers';

/**
 * Catches a room up with the database. After a bus outage, updates that other instances stored
 * meanwhile never reached this room; they are all in the database. Applying what the room lacks
 * is idempotent, so a resync too many costs one read and nothing else. Runs in the room's queue,
 * after the writes already waiting there.
 */
export async function resyncRoom(room: Room): Promise<void> {
  try {
    await room.queue.run(async () => {
      if (room.destroyed) return;
      const state = await room.deps.store.load(room.draftId);
      if (room.destroyed) return;
      room.receiveRemoteUpdate(Y.diffUpdate(state, Y.encodeStateVector(room.doc)));
      // Updates missed on the bus came without their writers; the log names them.
      const identities = await room.deps.store.loadIdentities?.(room.draftId);
      if (identities && !room.destroyed) room.validation.bindWriters(resolveLogWriters(identities.writers));
    });
  } catch (error) {
    room.deps.logError(`[collab] draft ${room.draftId}: could not resynchronise from the database`, error);
  }
}
