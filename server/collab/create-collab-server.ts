import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE, COLLAB_PATH, MAX_MESSAGE_BYTES } from '@/lib/collab/protocol';
import { admitConnection, requestPath } from './admit-connection';
import type { AccessFilter, CollabServer, CollabServerOptions } from './collab-types';
import type { CollabConnection } from './connection';
import { createRefusalLimiter } from './refusal-limiter';
import { refreshConnections } from './refresh-access';
import { createRoomCounters } from './room-counters';
import { RoomRegistry } from './room-registry';
import { runCommand } from './run-command';
import { hearBus } from './scale-out/hear-bus';
import { shareRefusals } from './scale-out/share-refusals';
import { createLocalRoomBus } from './scale-out/room-bus';

/**
 * ws closes with 1009 (which y-websocket retries forever) above maxPayload; keep it well above
 * MAX_MESSAGE_BYTES so that our own check answers with CLOSE.tooLarge instead.
 */
const WS_MAX_PAYLOAD = 4 * MAX_MESSAGE_BYTES;
/** Dead TCP peers would hold rooms in memory forever; ping and drop the silent ones. */
const HEARTBEAT_MS = 30_000;

/** Whether this upgrade belongs to the collaboration server (the rest, e.g. Next HMR, does not). */
export function isCollabUpgrade(req: IncomingMessage): boolean {
  const path = requestPath(req);
  return path !== null && (path === COLLAB_PATH || path.startsWith(`${COLLAB_PATH}/`));
}

/**
 * The collaboration server: y-websocket protocol (sync + awareness) plus Concord's command,
 * refusal and session messages, hosted on any http server through `handleUpgrade`.
 */
export function createCollabServer(options: CollabServerOptions): CollabServer {
  const logError = options.logError ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD, perMessageDeflate: false });
  const counters = createRoomCounters();
  const bus = options.bus ?? createLocalRoomBus();
  const shared = shareRefusals(createRefusalLimiter(), bus);
  const limiter = shared.limiter;
  const registry = new RoomRegistry(
    {
      store: options.store,
      audit: options.audit,
      createValidator: options.createValidator,
      limiter,
      counters,
      logError,
      runCommand,
      bus,
      ...(options.probeMs === undefined ? {} : { probeMs: options.probeMs }),
    },
    options.idleUnloadMs,
  );
  const connections = new Set<CollabConnection>();
  const sockets = new Set<WebSocket>();
  const alive = new WeakSet<WebSocket>();
  let closing = false;
  let closed: Promise<void> | undefined;
  const context = { options, registry, limiter, connections, isClosing: () => closing, logError };

  const refreshHere = (filter: AccessFilter): Promise<void> => refreshConnections(connections, filter, options.resolveAccess, logError);
  const stopHearingBus = hearBus({ bus, everyRoom: () => registry.everyRoom(), refreshAccess: refreshHere });

  const heartbeat = setInterval(() => {
    for (const ws of sockets) {
      if (ws.readyState !== ws.OPEN) continue;
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const accept = (ws: WebSocket, req: IncomingMessage, socket: Duplex): void => {
    sockets.add(ws);
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    // ws reports protocol violations (bad frames, oversize) as 'error' and then closes; without
    // a listener the error would be thrown and take the process down.
    ws.on('error', () => undefined);
    ws.once('close', () => sockets.delete(ws));
    void admitConnection(context, req, ws, socket).catch((error: unknown) => {
      logError('[collab] could not admit a connection', error);
      ws.terminate();
    });
  };

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      socket.on('error', () => undefined);
      if (closing) {
        socket.destroy();
        return;
      }
      try {
        wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req, socket));
      } catch (error) {
        logError('[collab] upgrade failed', error);
        socket.destroy();
      }
    },
    refreshAccess(filter) {
      bus.publishMeeting({ kind: 'refreshAccess', filter });
      return refreshHere(filter);
    },
    notifyDraft(draftId: string, message: Uint8Array): void {
      for (const connection of connections) if (connection.draftId === draftId) connection.send(message);
      bus.publishDraft(draftId, { kind: 'notice', message });
    },
    close(): Promise<void> {
      closed ??= (async () => {
        closing = true;
        clearInterval(heartbeat);
        stopHearingBus();
        shared.stop();
        await registry.closeAll();
        await closeSockets(sockets);
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      })();
      return closed;
    },
    stats: () => ({ rooms: registry.size, connections: connections.size, ...counters }),
  };
}

/** Tells every client still connected outside a room that the server is going away, and cuts those that do not answer in a second. */
async function closeSockets(sockets: Set<WebSocket>): Promise<void> {
  const open = [...sockets];
  const gone = open.map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
  for (const ws of open) ws.close(CLOSE.goingAway, 'server closing');
  const cut = setTimeout(() => open.forEach((ws) => ws.terminate()), 1_000);
  await Promise.all(gone);
  clearTimeout(cut);
}
