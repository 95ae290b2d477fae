import * as decoding from 'lib0/decoding';
import { encode } from 'next-auth/jwt';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { encodeJsonMessage } from '@/lib/collab/messages';
import { MESSAGE, draftRoom } from '@/lib/collab/protocol';
import { mintCollabToken } from '@/server/collab/collab-token';
import type { SessionInfo } from '@/server/collab/connection';
import type { SeededUser } from './seed-collab-meeting';
import { TEST_AUTH_SECRET } from './start-collab-test-server';

export interface CommandReply {
  id?: string;
  type?: string;
  ok: boolean;
  error?: string;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  sessions: SessionInfo[];
  refusals: Array<{ reason: string; key?: string; params?: Record<string, unknown>; paragraphId?: string; paragraphIds?: string[] }>;
  replies: CommandReply[];
  /** Each MESSAGE.savingPaused received: true when saving paused, false when it resumed. */
  pauses: boolean[];
  /** Close codes seen, in order (a terminal 44xx stops the provider from reconnecting). */
  closeCodes: number[];
  sendCommand(command: Record<string, unknown>): void;
  destroy(): void;
}

export interface ConnectOptions {
  url: string;
  draftId: string;
  user?: SeededUser;
  /** 'token': ?token=; 'cookie': a next-auth session cookie; 'none': no credentials. */
  auth?: 'token' | 'cookie' | 'none';
  origin?: string;
}

/** A real y-websocket client in Node, as bots and the browser use it. */
export async function connectTestClient(options: ConnectOptions): Promise<TestClient> {
  const auth = options.auth ?? 'token';
  const headers: Record<string, string> = {};
  if (options.origin) headers.origin = options.origin;
  const params: Record<string, string> = {};
  if (auth === 'token' && options.user) params.token = mintCollabToken(TEST_AUTH_SECRET, options.user.userId, 300);
  if (auth === 'cookie' && options.user) {
    const jwt = await encode({ token: { sub: options.user.userId, name: options.user.name }, secret: TEST_AUTH_SECRET });
    headers.cookie = `theme=dark; next-auth.session-token=${jwt}`;
  }
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(options.url, draftRoom(options.draftId), doc, {
    connect: false,
    params,
    disableBc: true,
    WebSocketPolyfill: HeaderWebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 200,
  });
  const client: TestClient = {
    doc,
    provider,
    sessions: [],
    refusals: [],
    replies: [],
    pauses: [],
    closeCodes: [],
    sendCommand: (command) => provider.ws?.send(encodeJsonMessage(MESSAGE.command, command)),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  const readJson = (decoder: decoding.Decoder): unknown => JSON.parse(decoding.readVarString(decoder));
  provider.messageHandlers[MESSAGE.session] = (_encoder, decoder) => client.sessions.push(readJson(decoder) as SessionInfo);
  provider.messageHandlers[MESSAGE.refused] = (_encoder, decoder) =>
    client.refusals.push(readJson(decoder) as TestClient['refusals'][number]);
  provider.messageHandlers[MESSAGE.commandResult] = (_encoder, decoder) => client.replies.push(readJson(decoder) as CommandReply);
  provider.messageHandlers[MESSAGE.savingPaused] = (_encoder, decoder) =>
    client.pauses.push((readJson(decoder) as { paused: boolean }).paused);
  provider.on('connection-close', (event) => {
    if (event) client.closeCodes.push(event.code);
  });
  provider.connect();
  return client;
}
