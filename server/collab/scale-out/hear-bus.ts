import { encodeJsonMessage } from '@/lib/collab/messages';
import { MESSAGE } from '@/lib/collab/protocol';
import type { AccessFilter } from '../collab-types';
import type { Room } from '../room';
import { resyncRoom } from './resync-room';
import type { RoomBus } from './room-bus';

/**
 * What an instance does with what it hears on the bus, apart from its drafts' own channels:
 * membership changes, the bus coming back after an outage, and another instance going away.
 * Returns the function that stops listening.
 */
export function hearBus({
  bus,
  everyRoom,
  refreshAccess,
}: {
  bus: RoomBus;
  everyRoom: () => Promise<Room[]>;
  refreshAccess: (filter: AccessFilter) => Promise<void>;
}): () => void {
  const catchUp = (ask: boolean): void => {
    void everyRoom().then((rooms) => {
      for (const room of rooms) {
        if (ask) bus.publishDraft(room.draftId, { kind: 'resync' });
        void resyncRoom(room);
        // Comment notices published while we were cut off are gone; comments live in the
        // database, so telling our clients to refetch replays whatever they missed.
        if (ask) room.broadcast(encodeJsonMessage(MESSAGE.commentsChanged, { draftId: room.draftId, paragraphId: null }));
      }
    });
  };
  const stops = [
    bus.subscribeMeeting((event) => {
      if (event.kind === 'refreshAccess') void refreshAccess(event.filter);
    }),
    // Back after an outage: catch up with what others stored, and ask them to catch up with us.
    bus.onReconnect(() => catchUp(true)),
    // An instance killed between storing and publishing: its updates are only in the database.
    bus.onPeerLost(() => catchUp(false)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
