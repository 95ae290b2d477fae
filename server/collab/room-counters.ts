/** What the rooms of one collaboration server have done, reported by `CollabServer.stats()`. */
export interface RoomCounters {
  updatesAccepted: number;
  updatesRefused: number;
  writesDropped: number;
  commandsApplied: number;
  commandsRefused: number;
  storeFailures: number;
  /** Times a room paused saving because the database did not answer. */
  savingPauses: number;
  /** Drafts loaded from the store, and unloaded (idle, closed or dropped after a failure). */
  roomsLoaded: number;
  roomsUnloaded: number;
  /** Updates stored by another instance and applied here from the bus. */
  remoteUpdatesApplied: number;
}

export function createRoomCounters(): RoomCounters {
  return {
    updatesAccepted: 0,
    updatesRefused: 0,
    writesDropped: 0,
    commandsApplied: 0,
    commandsRefused: 0,
    storeFailures: 0,
    savingPauses: 0,
    roomsLoaded: 0,
    roomsUnloaded: 0,
    remoteUpdatesApplied: 0,
  };
}
