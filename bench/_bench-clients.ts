import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { linkOwnPresence } from '@/lib/collab/own-presence';
import { MESSAGE } from '@/lib/collab/protocol';
import { waitFor } from '@/test-support/collab/wait-for';

/** Payload bytes over every simulated client's socket (websocket framing not included). */
export interface Traffic {
  /** Client → server. */
  sent: number;
  /** Server → client. */
  received: number;
  messagesReceived: number;
  /** Document updates received (sync frames of type update), when the client counts them. */
  updatesReceived?: number;
}

export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

export interface ClientCrowd {
  clients: BenchClient[];
  traffic: Traffic;
  destroy(): void;
}

export interface CrowdOptions {
  url: string;
  room: string;
  count: number;
  /** Query parameters of client `index` (a sign-in token for Concord). */
  params?: (index: number) => Record<string, string>;
  /** Concord's browser: only its own presence goes out. Otherwise plain y-websocket, which sends back all it hears. */
  ownPresenceOnly: boolean;
  /** The presence state each client sets, as a browser's caret extension does. */
  presence?: (index: number) => Record<string, unknown>;
}

const BATCH = 50;
const CONCORD_FRAMES = 100;
const SYNC_TIMEOUT_MS = 120_000;

/** Connects `count` y-websocket clients, BATCH at a time, and resolves once every one has synced. */
export async function connectCrowd(options: CrowdOptions): Promise<ClientCrowd> {
  // Each y-websocket provider in Node listens for the process's exit.
  process.setMaxListeners(0);
  const traffic: Traffic = { sent: 0, received: 0, messagesReceived: 0 };
  class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: ArrayBuffer | Buffer) => {
        traffic.received += data.byteLength;
        traffic.messagesReceived += 1;
      });
    }

    override send(data: Uint8Array, ...rest: unknown[]): void {
      traffic.sent += data.byteLength;
      (super.send as (...args: unknown[]) => void)(data, ...rest);
    }
  }
  const clients: BenchClient[] = [];
  const unlinks: Array<() => void> = [];
  for (let first = 0; first < options.count; first += BATCH) {
    const batch: BenchClient[] = [];
    for (let index = first; index < Math.min(options.count, first + BATCH); index++) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(options.url, options.room, doc, {
        connect: false,
        disableBc: true,
        params: options.params?.(index) ?? {},
        WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
      });
      // Concord's own frames (session, command results…) carry nothing these clients need.
      for (const type of Object.values(MESSAGE)) if (type >= CONCORD_FRAMES) provider.messageHandlers[type] = () => undefined;
      if (options.ownPresenceOnly) unlinks.push(linkOwnPresence(provider));
      provider.awareness.setLocalState(options.presence?.(index) ?? { user: { name: `Client ${index}`, color: '#1f77b4' }, cursor: null });
      provider.connect();
      batch.push({ doc, provider });
    }
    await waitFor(() => batch.every((client) => client.provider.synced), `${batch.length} clients synced`, SYNC_TIMEOUT_MS);
    clients.push(...batch);
  }
  return {
    clients,
    traffic,
    destroy: () => {
      for (const unlink of unlinks) unlink();
      for (const { provider, doc } of clients) {
        provider.destroy();
        doc.destroy();
      }
    },
  };
}
