import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '@/lib/collab/protocol';
import { connectUpgradedSocketPair, type UpgradedSocketPair } from '@/test-support/collab/upgraded-socket-pair';
import { waitFor } from '@/test-support/collab/wait-for';
import { CollabConnection } from './connection';
import { prepareMessage } from './websocket-frame';

const MEGABYTE = 1024 * 1024;

let pair: UpgradedSocketPair | undefined;
afterEach(async () => {
  await pair?.close();
  pair = undefined;
});

/** A CollabConnection on a real upgraded socket, and the client at the other end. */
async function connect(): Promise<UpgradedSocketPair & { connection: CollabConnection }> {
  pair = await connectUpgradedSocketPair();
  const access = { meetingId: 'meeting', role: 'delegate' as const, delegationId: 'france', knownDelegations: ['france'] };
  const connection = new CollabConnection(pair.server, { userId: 'user', name: 'Delegate of France' }, 'draft', access, pair.socket);
  return { ...pair, connection };
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

  it('closes a client that stopped reading once more than 32 MiB wait for it, and sends it nothing after', async () => {
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
