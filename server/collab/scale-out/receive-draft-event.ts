import { encodeJsonMessage } from '@/lib/collab/messages';
import { MESSAGE } from '@/lib/collab/protocol';
import type { Room } from '../room';
import { resyncRoom } from './resync-room';
import type { DraftEvent } from './room-bus';

/** What a room does with a message another instance published about its draft. */
export function receiveDraftEvent(room: Room, event: DraftEvent): void {
  if (room.destroyed) return;
  try {
    switch (event.kind) {
      case 'update':
        room.receiveRemoteUpdate(event.update, event.writer);
        return;
      case 'awareness':
        room.presence.applyRemote(event.update);
        return;
      case 'notice':
        room.broadcast(event.message);
        return;
      case 'presenceQuery': {
        const presence = room.presence.localSnapshot();
        if (presence) room.deps.bus.publishDraft(room.draftId, { kind: 'awareness', update: presence });
        return;
      }
      case 'resync':
        // The sender was cut off: our clients missed its comment notices too, so they refetch.
        void resyncRoom(room);
        room.broadcast(encodeJsonMessage(MESSAGE.commentsChanged, { draftId: room.draftId, paragraphId: null }));
        return;
    }
  } catch (error) {
    room.deps.logError(`[collab] draft ${room.draftId}: unreadable ${event.kind} message from another instance`, error);
  }
}
