import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getRoom } from './draft-doc';
import { ROOM_KEYS } from './schema';
import { readFloor, readSpeakers } from './speakers';
import { AT, MEXICO } from '@/test-support/negotiation/build-runs';

describe('readSpeakers and readFloor', () => {
  it('read nothing from a room without a list or a floor', () => {
    const doc = new Y.Doc();
    expect(readSpeakers(doc)).toEqual([]);
    expect(readFloor(doc)).toBeNull();
  });

  it('skip malformed entries and ignore a floor that is not a delegation id', () => {
    const doc = new Y.Doc();
    const list = new Y.Array<unknown>();
    getRoom(doc).set(ROOM_KEYS.speakers, list);
    list.push([{ delegation: MEXICO, at: AT, paragraphId: null }, { delegation: 7 }, 'Canada', null]);
    getRoom(doc).set(ROOM_KEYS.floor, 42);
    expect(readSpeakers(doc)).toEqual([{ delegation: MEXICO, at: AT, paragraphId: null }]);
    expect(readFloor(doc)).toBeNull();
  });
});
