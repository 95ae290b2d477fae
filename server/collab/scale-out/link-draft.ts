import type { Room } from '../room';
import { receiveDraftEvent } from './receive-draft-event';
import type { DraftEvent, RoomBus } from './room-bus';

export interface DraftLink {
  /** Hands the loaded room what arrived meanwhile and everything after; asks for presence. */
  attach(room: Room): void;
  /** The load failed: stop listening. */
  cancel(): void;
}

/**
 * Subscribes to a draft's bus channel BEFORE the draft is read from the database, and buffers
 * what arrives until the room exists. Every instance stores an update before publishing it, so
 * an update accepted elsewhere meanwhile is either in what the load reads or in the buffer (or
 * both: Yjs makes applying it twice harmless).
 */
export async function linkDraft(bus: RoomBus, draftId: string): Promise<DraftLink> {
  const buffered: DraftEvent[] = [];
  let target: Room | undefined;
  const unsubscribe = await bus.subscribeDraft(draftId, (event) => {
    if (target) receiveDraftEvent(target, event);
    else buffered.push(event);
  });
  return {
    attach(room) {
      target = room;
      room.unsubscribe = unsubscribe;
      for (const event of buffered.splice(0)) receiveDraftEvent(room, event);
      bus.publishDraft(draftId, { kind: 'presenceQuery' });
    },
    cancel: unsubscribe,
  };
}
