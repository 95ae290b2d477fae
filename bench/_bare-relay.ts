import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const SYNC = 0;

/** Payload bytes the relay wrote and read. */
export interface RelayTraffic {
  bytesOut: number;
  bytesIn: number;
}
const AWARENESS = 1;

/**
 * The baseline: a bare y-protocols relay (sync only, no auth, no checks, no database), the
 * least any Yjs server must do. Benchmarks compare Concord's server against it in the same run.
 * With `awareness`, it also relays presence as y-websocket's own server does: one Awareness for
 * the room, every change and renewal sent to every socket.
 */
export async function startBareRelay(
  initialState: Uint8Array,
  options: { awareness?: boolean } = {},
): Promise<{ url: string; traffic: RelayTraffic; close(): Promise<void> }> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initialState);
  const sockets = new Set<WebSocket>();
  const traffic: RelayTraffic = { bytesOut: 0, bytesIn: 0 };
  const send = (socket: WebSocket, message: Uint8Array): void => {
    traffic.bytesOut += message.byteLength;
    socket.send(message);
  };
  const broadcast = (message: Uint8Array, except?: unknown): void => {
    for (const socket of sockets) if (socket !== except) send(socket, message);
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC);
    syncProtocol.writeUpdate(encoder, update);
    broadcast(encoding.toUint8Array(encoder), origin);
  });
  const presence = options.awareness ? relayAwareness(doc, broadcast) : null;
  const server = http.createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      presence?.leave(socket);
    });
    socket.on('message', (data: Buffer) => {
      traffic.bytesIn += data.byteLength;
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === AWARENESS) presence?.apply(socket, decoding.readVarUint8Array(decoder));
      if (type !== SYNC) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, SYNC);
      syncProtocol.readSyncMessage(decoder, encoder, doc, socket);
      if (encoding.length(encoder) > 1) send(socket, encoding.toUint8Array(encoder));
    });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC);
    syncProtocol.writeSyncStep1(encoder, doc);
    send(socket, encoding.toUint8Array(encoder));
    const states = presence?.snapshot();
    if (states) send(socket, states);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    traffic,
    close: async () => {
      for (const socket of sockets) socket.terminate();
      presence?.destroy();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** y-websocket's server-side awareness, as in its reference server. */
function relayAwareness(doc: Y.Doc, broadcast: (message: Uint8Array) => void) {
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const controlled = new Map<WebSocket, Set<number>>();
  const frame = (clients: number[]): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
    return encoding.toUint8Array(encoder);
  };
  awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    const owned = controlled.get(origin as WebSocket);
    if (owned) {
      for (const client of [...added, ...updated]) owned.add(client);
      for (const client of removed) owned.delete(client);
    }
    broadcast(frame(changed));
  });
  return {
    apply: (socket: WebSocket, update: Uint8Array) => {
      if (!controlled.has(socket)) controlled.set(socket, new Set());
      awarenessProtocol.applyAwarenessUpdate(awareness, update, socket);
    },
    leave: (socket: WebSocket) => {
      const owned = controlled.get(socket);
      controlled.delete(socket);
      if (owned && owned.size > 0) awarenessProtocol.removeAwarenessStates(awareness, [...owned], null);
    },
    snapshot: (): Uint8Array | null => {
      const clients = [...awareness.getStates().keys()];
      return clients.length > 0 ? frame(clients) : null;
    },
    destroy: () => awareness.destroy(),
  };
}
