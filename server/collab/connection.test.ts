import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { CLOSE } from '@/lib/collab/protocol';
import { waitFor } from '@/test-support/collab/wait-for';
import { CollabConnection } from './connection';
import { prepareMessage } from './websocket-frame';

const MEGABYTE = 1024 * 1024;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A CollabConnection on a real upgraded socket, and the client at the other end. */
async function connect(): Promise<{ connection: CollabConnection; server: WebSocket; client: WebSocket; received: Buffer[] }> {
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
  cleanups.push(async () => {
    client.terminate();
    server.terminate();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  });
  const access = { meetingId: 'meeting', role: 'delegate' as const, delegationId: 'france', knownDelegations: ['france'] };
  const connection = new CollabConnection(server, { userId: 'user', name: 'Delegate of France' }, 'draft', access, socket);
  return { connection, server, client, received };
}

describe('a connection sending a broadcast framed once', () => {
  it('delivers it between the messages it sends through ws, in order', async () => {
    const { connection, received } = await connect();
    const messages = [Uint8Array.of(0, 2, 1), Uint8Array.of(0, 2, 2), Uint8Array.of(0, 2, 3)];
    connection.sendPrepared(prepareMessage(messages[0]!));
    connection.send(messages[1]!);
    connection.sendPrepared(prepareMessage(messages[2]!));
    await waitFor(() => received.length === 3, () => `${received.length} of 3 messages`);
    expect(received.map((data) => new Uint8Array(data))).toEqual(messages);
  });

  it('closes a client that stopped reading once more than 32 MB wait for it, and sends it nothing after', async () => {
    const { connection, server, client } = await connect();
    const closed = new Promise<number>((resolve) => client.once('close', (code) => resolve(code)));
    client.pause();
    const big = prepareMessage(new Uint8Array(MEGABYTE));
    for (let sent = 0; sent < 64 && !connection.closed; sent++) connection.sendPrepared(big);
    expect(connection.closed).toBe(true);
    expect(server.bufferedAmount).toBeGreaterThan(32 * MEGABYTE);
    const queued = server.bufferedAmount;
    connection.sendPrepared(big);
    expect(server.bufferedAmount).toBeLessThan(queued + MEGABYTE);
    client.resume();
    expect(await closed).toBe(CLOSE.tryAgainLater);
  });

  it('keeps a client whose backlog is only a few messages deep', async () => {
    const { connection, client, received } = await connect();
    client.pause();
    const some = prepareMessage(new Uint8Array(64 * 1024));
    for (let sent = 0; sent < 16; sent++) connection.sendPrepared(some);
    expect(connection.closed).toBe(false);
    client.resume();
    await waitFor(() => received.length === 16, () => `${received.length} of 16 messages`);
  });
});
