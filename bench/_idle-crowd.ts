import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { waitFor } from '@/test-support/collab/wait-for';
import type { Traffic } from './_bench-clients';

/**
 * Many idle participants, cheaply: each one socket that syncs once, then does what an idle
 * browser tab does for presence — sends its own awareness state on joining and renews it every
 * RENEW_MS (y-protocols renews at half its 30 s timeout) — and reads nothing it receives beyond
 * counting it. A y-websocket provider per client would make the simulating process, not the
 * server, the bottleneck at a thousand clients.
 */
export const RENEW_MS = 15_000;

export interface IdleCrowdOptions {
  /** The y-websocket URL of the room, without query. */
  roomUrl: string;
  count: number;
  query?: (index: number) => string;
  /** Where client `index` connects, when not all to `roomUrl` (several instances). */
  seat?: (index: number) => { url: string; room: string; params: Record<string, string> };
  state: (index: number) => Record<string, unknown>;
  /**
   * Go on with the clients connected after READY_TIMEOUT_MS instead of failing: a bare relay
   * relays every renewal to every client, and at a thousand clients the simulating process can
   * fall behind reading them.
   */
  partial?: boolean;
  /**
   * Send every awareness message heard straight back, as a plain y-websocket client does (it
   * re-sends each state it applies): how Concord's browser behaved before it sent only its own.
   */
  echo?: boolean;
  /**
   * Stop reading once the draft has arrived (the server's bytes then queue in the kernel and in
   * the server): for the bare relay at a thousand clients, whose renewals to everyone would
   * saturate the simulating process. The server then counts the bytes itself.
   */
  stopReading?: boolean;
}

export interface IdleCrowd {
  traffic: Traffic;
  /** Clients whose draft arrived (all of them, unless `partial` allowed fewer). */
  synced(): number;
  close(): void;
}

const BATCH = 100;
const READY_TIMEOUT_MS = 120_000;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const SYNC_STEP_1 = frame((encoder) => {
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
});

function awarenessFrame(client: number, clock: number, json: string): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(
      encoder,
      frame((inner) => {
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, client);
        encoding.writeVarUint(inner, clock);
        encoding.writeVarString(inner, json);
      }),
    );
  });
}

export async function connectIdleCrowd(options: IdleCrowdOptions): Promise<IdleCrowd> {
  const traffic: Traffic = { sent: 0, received: 0, messagesReceived: 0, updatesReceived: 0 };
  const sockets: WebSocket[] = [];
  const timers: NodeJS.Timeout[] = [];
  let synced = 0;
  const send = (socket: WebSocket, data: Uint8Array): void => {
    if (socket.readyState !== WebSocket.OPEN) return;
    traffic.sent += data.byteLength;
    socket.send(data);
  };
  for (let first = 0; first < options.count; first += BATCH) {
    const last = Math.min(options.count, first + BATCH);
    for (let index = first; index < last; index++) {
      const socket = new WebSocket(addressOf(options, index));
      sockets.push(socket);
      const client = Math.floor(Math.random() * 0xffffffff);
      const json = JSON.stringify(options.state(index));
      // y-protocols applies a client it does not know only from clock 1 on (a new Awareness sets its state once at 0).
      let clock = 1;
      let joined = false;
      socket.on('message', (data: Buffer) => {
        traffic.received += data.byteLength;
        traffic.messagesReceived += 1;
        if (data[0] === 0 && data[1] === 2) traffic.updatesReceived = (traffic.updatesReceived ?? 0) + 1;
        if (options.echo && joined && data[0] === 1 && data.byteLength > 3) send(socket, data);
        // Sync step 2 (type 0, step 1): the draft has arrived.
        if (!joined && data[0] === 0 && data[1] === 1) {
          joined = true;
          synced += 1;
          send(socket, awarenessFrame(client, clock, json));
          if (options.stopReading) socket.pause();
          const renew = setInterval(() => send(socket, awarenessFrame(client, ++clock, json)), RENEW_MS);
          timers.push(renew);
        }
      });
      socket.on('open', () => send(socket, SYNC_STEP_1));
      socket.on('error', () => undefined);
    }
    const ready = waitFor(() => synced >= last, () => `${last} idle clients synced (${synced} so far)`, READY_TIMEOUT_MS);
    if (!options.partial) await ready;
    else if (!(await ready.then(() => true, () => false))) break;
  }
  return {
    traffic,
    synced: () => synced,
    close: () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.terminate();
    },
  };
}

function addressOf(options: IdleCrowdOptions, index: number): string {
  const seat = options.seat?.(index);
  if (seat) {
    const query = new URLSearchParams(seat.params).toString();
    return `${seat.url}/${seat.room}${query ? `?${query}` : ''}`;
  }
  const query = options.query?.(index);
  return query ? `${options.roomUrl}?${query}` : options.roomUrl;
}
