import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { waitFor } from './wait-for';

export interface UpgradedSocketPair {
  /** ws's end on the server. */
  server: WebSocket;
  /** The connection ws upgraded to `server`, as the HTTP server's upgrade event gave it. */
  socket: Duplex;
  client: WebSocket;
  /** Every message the client received, in order. */
  received: Buffer[];
  close(): Promise<void>;
}

/** A real websocket on port 0, upgraded as the collaboration server does it, and an open client. */
export async function connectUpgradedSocketPair(): Promise<UpgradedSocketPair> {
  const httpServer = http.createServer();
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const accepted = new Promise<{ server: WebSocket; socket: Duplex }>((resolve) => {
    httpServer.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (server) => resolve({ server, socket })));
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}`);
  const received: Buffer[] = [];
  client.on('message', (data: Buffer) => received.push(data));
  const { server, socket } = await accepted;
  await waitFor(() => client.readyState === WebSocket.OPEN, 'client open');
  return {
    server,
    socket,
    client,
    received,
    close: async () => {
      client.terminate();
      server.terminate();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
