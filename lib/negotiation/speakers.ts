import * as Y from 'yjs';
import { getRoom } from './draft-doc';
import { ROOM_KEYS, type SpeakerRequest } from './schema';

/**
 * The speakers' list in the room map: who waits for the floor, in order, and who has it.
 * Written only by the collaboration server (commands/speakers.ts); read by every screen.
 */

export function getSpeakersArray(doc: Y.Doc): Y.Array<SpeakerRequest> | undefined {
  const value = getRoom(doc).get(ROOM_KEYS.speakers);
  return value instanceof Y.Array ? (value as Y.Array<SpeakerRequest>) : undefined;
}

function isSpeakerRequest(value: unknown): value is SpeakerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.delegation === 'string' &&
    typeof entry.at === 'string' &&
    (entry.paragraphId === null || typeof entry.paragraphId === 'string')
  );
}

/** The queue, first come first served; malformed entries are skipped rather than shown. */
export function readSpeakers(doc: Y.Doc): SpeakerRequest[] {
  return (getSpeakersArray(doc)?.toArray() ?? []).filter(isSpeakerRequest);
}

export function readFloor(doc: Y.Doc): string | null {
  const floor = getRoom(doc).get(ROOM_KEYS.floor);
  return typeof floor === 'string' ? floor : null;
}
