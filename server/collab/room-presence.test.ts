import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabConnection } from './connection';
import { CHANGE_FLUSH_MS, KEEPALIVE_MS, RoomPresence } from './room-presence';

/** Only the fields RoomPresence reads: who the connection is and which client ids it claimed. */
function fakeConnection(userId: string, role = 'delegate'): CollabConnection & { closes: Array<[number, string]> } {
  const closes: Array<[number, string]> = [];
  return {
    user: { userId, name: `User ${userId}` },
    actor: { userId, role, delegationId: null, knownDelegations: new Set() },
    awarenessClients: new Set<number>(),
    closes,
    close: (code: number, reason: string) => void closes.push([code, reason]),
  } as unknown as CollabConnection & { closes: Array<[number, string]> };
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

/** An awareness update with one entry whose state text is exactly `json`. */
function rawUpdate(client: number, clock: number, json: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, json);
  return encoding.toUint8Array(encoder);
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
    expect(state?.user).toEqual({ name: 'User alice', delegationId: null });
    expect(state?.session).toMatchObject({ userId: 'alice', name: 'User alice', role: 'delegate' });
    presence.removeConnection(mallory);
    expect(presence.awareness.getStates().has(7)).toBe(true);
    presence.removeConnection(alice);
    expect(presence.awareness.getStates().has(7)).toBe(false);
  });

  it('keeps pure renewals to itself and keeps idle peers connected with an empty update', () => {
    const connection = fakeConnection('u1');
    const own = participant(3, { cursor: 1 });
    presence.apply(connection, awarenessProtocol.encodeAwarenessUpdate(own, [3]));
    vi.advanceTimersByTime(CHANGE_FLUSH_MS);
    sent = [];
    own.setLocalState({ cursor: 1 });
    presence.apply(connection, awarenessProtocol.encodeAwarenessUpdate(own, [3]));
    expect(presence.awareness.meta.get(3)?.clock).toBe(2);
    vi.advanceTimersByTime(KEEPALIVE_MS);
    expect(sent).toHaveLength(1);
    expect(entriesOf(sent[0]!)).toEqual([]);
  });

  it("ignores a client forwarding someone else's state, without counting or sharing it", () => {
    const shared: Uint8Array[] = [];
    const room = new RoomPresence(new Y.Doc(), () => undefined, (update) => shared.push(update));
    const alice = fakeConnection('alice');
    const bob = fakeConnection('bob');
    const own = participant(51, { cursor: 1 });
    room.apply(alice, awarenessProtocol.encodeAwarenessUpdate(own, [51]));
    own.setLocalState({ cursor: 2 });
    // Bob's y-websocket client heard Alice's newer state and sends it back, as it does with all it hears.
    room.apply(bob, awarenessProtocol.encodeAwarenessUpdate(own, [51]));
    expect(room.awareness.getStates().get(51)?.cursor).toBe(1);
    expect(shared).toHaveLength(1);
    expect(bob.awarenessClients.size).toBe(0);
    room.destroy();
  });

  it("does not parse another participant's state, nor a stale one of its own", () => {
    const alice = fakeConnection('alice');
    const bob = fakeConnection('bob');
    const own = participant(61, { cursor: 1 });
    presence.apply(alice, awarenessProtocol.encodeAwarenessUpdate(own, [61]));
    // Undecodable JSON would close the connection as a bad message if it were parsed.
    expect(() => presence.apply(bob, rawUpdate(61, 5, '{not json'))).not.toThrow();
    expect(() => presence.apply(alice, rawUpdate(61, 0, '{not json'))).not.toThrow();
    expect(() => presence.apply(alice, rawUpdate(61, 6, '{not json'))).toThrow(/JSON/);
    expect(presence.awareness.getStates().get(61)?.cursor).toBe(1);
  });
});

describe('RoomPresence bounds what a connection may claim', () => {
  let presence: RoomPresence;

  beforeEach(() => {
    vi.useFakeTimers();
    presence = new RoomPresence(new Y.Doc(), () => undefined);
  });

  afterEach(() => {
    presence.destroy();
    vi.useRealTimers();
  });

  it("writes the caret's name from the session and keeps only a plain hex colour", () => {
    const observer = fakeConnection('observer', 'delegate');
    const own = participant(11, { user: { name: 'Chair', delegationId: 'CHAIR', color: '#00ff00' }, cursor: { anchor: 1 } });
    presence.apply(observer, awarenessProtocol.encodeAwarenessUpdate(own, [11]));
    expect(presence.awareness.getStates().get(11)).toEqual({
      user: { name: 'User observer', delegationId: null, color: '#00ff00' },
      cursor: { anchor: 1 },
      session: { userId: 'observer', name: 'User observer', role: 'delegate', delegationId: null },
    });
    own.setLocalState({ user: { name: 'Chair', color: 'red; background: url(https://example.org/x)' } });
    presence.apply(observer, awarenessProtocol.encodeAwarenessUpdate(own, [11]));
    expect(presence.awareness.getStates().get(11)?.user).toEqual({ name: 'User observer', delegationId: null });
  });

  it('counts observers and viewers but drops their caret, so moving it is not broadcast', () => {
    const sent: Uint8Array[] = [];
    const room = new RoomPresence(new Y.Doc(), (message) => sent.push(message));
    for (const [index, role] of ['observer', 'viewer'].entries()) {
      const own = participant(70 + index, { cursor: { anchor: 1 } });
      room.apply(fakeConnection(role, role), awarenessProtocol.encodeAwarenessUpdate(own, [70 + index]));
      expect(room.awareness.getStates().get(70 + index)).not.toHaveProperty('cursor');
    }
    vi.advanceTimersByTime(CHANGE_FLUSH_MS);
    expect(sent).toHaveLength(1);
    const watcher = fakeConnection('watcher', 'observer');
    const own = participant(80, { cursor: { anchor: 1 } });
    room.apply(watcher, awarenessProtocol.encodeAwarenessUpdate(own, [80]));
    vi.advanceTimersByTime(CHANGE_FLUSH_MS);
    own.setLocalState({ cursor: { anchor: 9 } });
    room.apply(watcher, awarenessProtocol.encodeAwarenessUpdate(own, [80]));
    vi.advanceTimersByTime(CHANGE_FLUSH_MS);
    expect(sent).toHaveLength(2);
    expect(room.awareness.getStates().size).toBe(3);
    room.destroy();
  });

  it('lets one connection claim two client ids, not eight', () => {
    const greedy = fakeConnection('greedy');
    const states = Array.from({ length: 8 }, (_, index) => participant(100 + index, { cursor: index }));
    for (const [index, own] of states.entries()) presence.apply(greedy, awarenessProtocol.encodeAwarenessUpdate(own, [100 + index]));
    expect([...presence.awareness.getStates().keys()].sort()).toEqual([100, 101]);
    expect(greedy.closes).toEqual([]);
  });

  it('closes a connection sending a state over 4 KiB with 4413, and keeps nothing of it', () => {
    const flooder = fakeConnection('flooder');
    const own = participant(21, { blob: 'x'.repeat(5000) });
    presence.apply(flooder, awarenessProtocol.encodeAwarenessUpdate(own, [21]));
    expect(flooder.closes).toEqual([[4413, 'presence state over 4 KiB']]);
    expect(presence.awareness.getStates().has(21)).toBe(false);
  });

  it('closes a connection sending presence faster than any caret moves with 4429, but not a fast typist', () => {
    const typist = fakeConnection('typist');
    const own = participant(31, { cursor: 0 });
    for (let index = 0; index < 600; index++) {
      own.setLocalState({ cursor: index });
      presence.apply(typist, awarenessProtocol.encodeAwarenessUpdate(own, [31]));
      vi.advanceTimersByTime(34);
    }
    expect(typist.closes).toEqual([]);
    const flooder = fakeConnection('flooder');
    const flood = participant(32, { cursor: 0 });
    for (let index = 0; index < 200; index++) {
      flood.setLocalState({ cursor: index });
      presence.apply(flooder, awarenessProtocol.encodeAwarenessUpdate(flood, [32]));
    }
    expect(flooder.closes[0]).toEqual([4429, 'too many presence updates; reload the draft']);
  });

  it("does not count echoes of others' states against a connection", () => {
    const alice = fakeConnection('alice');
    const bob = fakeConnection('bob');
    const own = participant(41, { cursor: 0 });
    presence.apply(alice, awarenessProtocol.encodeAwarenessUpdate(own, [41]));
    for (let index = 0; index < 500; index++) presence.apply(bob, awarenessProtocol.encodeAwarenessUpdate(own, [41]));
    expect(bob.closes).toEqual([]);
  });
});
