import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabConnection } from './connection';
import { CHANGE_FLUSH_MS, RENEWAL_FLUSH_MS, RoomPresence } from './room-presence';

/** Only the fields RoomPresence reads: who the connection is and which client ids it claimed. */
function fakeConnection(userId: string): CollabConnection {
  return {
    user: { userId, name: `User ${userId}` },
    actor: { userId, role: 'delegate', delegationId: null, knownDelegations: new Set() },
    awarenessClients: new Set<number>(),
  } as unknown as CollabConnection;
}

/** A participant's own awareness, as its browser would hold it. */
function participant(clientID: number, state: Record<string, unknown>): awarenessProtocol.Awareness {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  return awareness;
}

function entriesOf(message: Uint8Array): Array<{ client: number; state: Record<string, unknown> | null }> {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(update);
  return Array.from({ length: count }, () => {
    const client = decoding.readVarUint(update);
    decoding.readVarUint(update);
    return { client, state: JSON.parse(decoding.readVarString(update)) as Record<string, unknown> | null };
  });
}

describe('RoomPresence', () => {
  let sent: Uint8Array[];
  let presence: RoomPresence;

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    presence = new RoomPresence(new Y.Doc(), (message) => sent.push(message));
  });

  afterEach(() => {
    presence.destroy();
    vi.useRealTimers();
  });

  it('coalesces a burst of changes from many participants into one broadcast', () => {
    for (let index = 1; index <= 20; index++) {
      const own = participant(index, { cursor: index });
      presence.apply(fakeConnection(`u${index}`), awarenessProtocol.encodeAwarenessUpdate(own, [index]));
    }
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(CHANGE_FLUSH_MS);
    expect(sent).toHaveLength(1);
    expect(entriesOf(sent[0]!).map((entry) => entry.client)).toHaveLength(20);
  });

  it('stamps the server-known identity and ignores writes to client ids claimed by others', () => {
    const alice = fakeConnection('alice');
    const mallory = fakeConnection('mallory');
    const own = participant(7, { user: { name: 'Alice' } });
    presence.apply(alice, awarenessProtocol.encodeAwarenessUpdate(own, [7]));
    const forged = participant(7, { user: { name: 'Mallory as Alice' } });
    forged.setLocalState({ user: { name: 'Mallory as Alice' } });
    presence.apply(mallory, awarenessProtocol.encodeAwarenessUpdate(forged, [7]));
    const state = presence.awareness.getStates().get(7);
    expect(state?.user).toEqual({ name: 'Alice' });
    expect(state?.session).toMatchObject({ userId: 'alice', name: 'User alice', role: 'delegate' });
    presence.removeConnection(mallory);
    expect(presence.awareness.getStates().has(7)).toBe(true);
    presence.removeConnection(alice);
    expect(presence.awareness.getStates().has(7)).toBe(false);
  });

  it('forwards pure renewals at the slower renewal pace', () => {
    const connection = fakeConnection('u1');
    const own = participant(3, { cursor: 1 });
    presence.apply(connection, awarenessProtocol.encodeAwarenessUpdate(own, [3]));
    vi.advanceTimersByTime(CHANGE_FLUSH_MS);
    sent = [];
    own.setLocalState({ cursor: 1 });
    presence.apply(connection, awarenessProtocol.encodeAwarenessUpdate(own, [3]));
    vi.advanceTimersByTime(CHANGE_FLUSH_MS);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(RENEWAL_FLUSH_MS);
    expect(sent).toHaveLength(1);
    expect(entriesOf(sent[0]!)[0]?.client).toBe(3);
  });
});
