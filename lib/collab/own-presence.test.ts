import * as decoding from 'lib0/decoding';
import * as time from 'lib0/time';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import { WebSocket as NodeWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { linkOwnPresence, PEER_REFRESH_MS } from './own-presence';

/** The client ids of an awareness frame (type, then the update). */
function clientsOf(frame: Uint8Array): number[] {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  return Array.from({ length: decoding.readVarUint(update) }, () => {
    const client = decoding.readVarUint(update);
    decoding.readVarUint(update);
    decoding.readVarString(update);
    return client;
  });
}

describe('linkOwnPresence', () => {
  let provider: WebsocketProvider;
  let sent: Uint8Array[];
  let unlink: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    provider = new WebsocketProvider('ws://127.0.0.1:9', 'draft', new Y.Doc(), {
      connect: false,
      disableBc: true,
      WebSocketPolyfill: NodeWebSocket as unknown as typeof WebSocket,
    });
    // As if connected: the frames go to this list instead of a socket.
    provider.wsconnected = true;
    provider.ws = { send: (frame: Uint8Array) => sent.push(frame) } as unknown as WebSocket;
    unlink = linkOwnPresence(provider);
  });

  afterEach(() => {
    unlink();
    provider.wsconnected = false;
    provider.ws = null;
    provider.destroy();
    vi.useRealTimers();
  });

  it("sends this client's own state and never the states it hears", () => {
    const peerDoc = new Y.Doc();
    const peer = new awarenessProtocol.Awareness(peerDoc);
    peer.setLocalState({ cursor: 3 });
    awarenessProtocol.applyAwarenessUpdate(provider.awareness, awarenessProtocol.encodeAwarenessUpdate(peer, [peerDoc.clientID]), provider);
    expect(provider.awareness.getStates().has(peerDoc.clientID)).toBe(true);
    expect(sent).toEqual([]);
    provider.awareness.setLocalStateField('cursor', 5);
    expect(sent.map(clientsOf)).toEqual([[provider.awareness.clientID]]);
  });

  it('renews the peers it heard while connected, and not once disconnected', () => {
    const peerDoc = new Y.Doc();
    const peer = new awarenessProtocol.Awareness(peerDoc);
    peer.setLocalState({ cursor: 3 });
    awarenessProtocol.applyAwarenessUpdate(provider.awareness, awarenessProtocol.encodeAwarenessUpdate(peer, [peerDoc.clientID]), provider);
    peer.destroy();
    const meta = provider.awareness.meta.get(peerDoc.clientID)!;
    // Heard 20 s ago: y-protocols drops it at 30 s unless something renews it.
    const heardAt = time.getUnixTime() - 20_000;
    meta.lastUpdated = heardAt;
    provider.wsLastMessageReceived = time.getUnixTime();
    vi.advanceTimersByTime(PEER_REFRESH_MS);
    expect(meta.lastUpdated).toBeGreaterThan(heardAt);
    provider.wsconnected = false;
    meta.lastUpdated = heardAt;
    vi.advanceTimersByTime(PEER_REFRESH_MS);
    expect(meta.lastUpdated).toBe(heardAt);
  });
});
