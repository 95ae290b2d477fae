import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { connectUpgradedSocketPair, type UpgradedSocketPair } from '@/test-support/collab/upgraded-socket-pair';
import { waitFor } from '@/test-support/collab/wait-for';
import { encodeBinaryFrame } from './websocket-frame';

// ws exports its Sender, which its type declarations leave out.
const { Sender } = createRequire(import.meta.url)('ws') as { Sender: { frame(data: Buffer, options: object): Buffer[] } };

function payloadOf(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
}

/** How ws itself frames a server's binary message: what every websocket client already reads. */
function framedByWs(payload: Uint8Array): Buffer {
  return Buffer.concat(Sender.frame(Buffer.from(payload), { fin: true, opcode: 2, mask: false, readOnly: false, rsv1: false }));
}

// Around each boundary of the payload length field: 7 bits, 16 bits, 64 bits.
const LENGTHS = [0, 1, 125, 126, 127, 65_535, 65_536, 70_000];

describe('websocket frames', () => {
  it.each(LENGTHS)('frames %i bytes exactly as ws does', (length) => {
    const payload = payloadOf(length);
    expect(encodeBinaryFrame(payload)).toEqual(framedByWs(payload));
  });
});

describe('frames written to the socket ws upgraded', () => {
  let pair: UpgradedSocketPair | undefined;
  afterEach(async () => {
    await pair?.close();
    pair = undefined;
  });

  it('reach the client whole and in order among the frames ws writes itself', async () => {
    pair = await connectUpgradedSocketPair();
    const { server, socket, received } = pair;
    const sent = LENGTHS.map(payloadOf);
    sent.forEach((payload, index) => (index % 2 === 0 ? socket.write(encodeBinaryFrame(payload)) : server.send(payload)));
    server.ping();
    const last = payloadOf(3);
    socket.write(encodeBinaryFrame(last));
    await waitFor(() => received.length === sent.length + 1, () => `${received.length} of ${sent.length + 1} messages`);
    expect(received.map((data) => new Uint8Array(data))).toEqual([...sent, last]);
  });
});
