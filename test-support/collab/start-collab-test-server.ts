import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Database } from '@/server/db/client';
import type { CollabServer } from '@/server/collab/collab-types';
import { isCollabUpgrade } from '@/server/collab/create-collab-server';
import { createDefaultCollabServer } from '@/server/collab/create-default-collab-server';
import type { DraftStore } from '@/server/collab/draft-store';
import type { RoomBus } from '@/server/collab/scale-out/room-bus';
import { stopServing } from '@/server/boot/stop-serving';

export const TEST_AUTH_SECRET = 'collab-test-secret-0123456789abcdef';

export interface CollabTestServer {
  /** Base websocket URL, e.g. ws://127.0.0.1:1234/collab */
  url: string;
  collab: CollabServer;
  /** Server-side failures logged so far (expected ones, e.g. an injected database failure). */
  errors: string[];
  close(): Promise<void>;
  /**
   * As a crash would: every connection cut at once, nothing flushed or said goodbye to. The
   * collaboration server is only closed (quietly) by a later `close()`.
   */
  kill(): void;
}

/** The production wiring (database store, audit, validator, next-auth) on a real http server, port 0. */
export async function startCollabTestServer(
  db: Database,
  options: { idleUnloadMs?: number; allowedOrigins?: string[]; bus?: RoomBus; wrapStore?: (store: DraftStore) => DraftStore; probeMs?: number } = {},
): Promise<CollabTestServer> {
  const errors: string[] = [];
  const collab = createDefaultCollabServer({
    db,
    logError: (message) => errors.push(message),
    config: { authSecret: TEST_AUTH_SECRET, allowedOrigins: options.allowedOrigins ?? [] },
    idleUnloadMs: options.idleUnloadMs ?? 60_000,
    ...(options.bus ? { bus: options.bus } : {}),
    ...(options.wrapStore ? { wrapStore: options.wrapStore } : {}),
    ...(options.probeMs === undefined ? {} : { probeMs: options.probeMs }),
  });
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const upgraded = new Set<Duplex>();
  server.on('upgrade', (req, socket, head) => {
    upgraded.add(socket);
    socket.once('close', () => upgraded.delete(socket));
    if (isCollabUpgrade(req)) collab.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  let killed = false;
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    collab,
    errors,
    close: () => (closed ??= killed ? collab.close() : stopServing(server, () => collab.close())),
    kill() {
      killed = true;
      server.close();
      for (const socket of upgraded) socket.destroy();
    },
  };
}
