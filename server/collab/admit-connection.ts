import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CLOSE, COLLAB_PATH, draftIdFromRoom } from '@/lib/collab/protocol';
import { isOriginAllowed } from './check-origin';
import type { CollabServerOptions, DraftAccess } from './collab-types';
import { CollabConnection } from './connection';
import { BadMessageError, decodeClientMessage } from './frames';
import type { RefusalLimiter } from './refusal-limiter';
import type { Room } from './room';
import type { RoomRegistry } from './room-registry';
import { createSocketIntake } from './socket-intake';

export interface AdmissionContext {
  options: CollabServerOptions;
  registry: RoomRegistry;
  limiter: RefusalLimiter;
  connections: Set<CollabConnection>;
  isClosing(): boolean;
  logError(message: string, error?: unknown): void;
}


type Admission = { ok: true; draftId: string; user: { userId: string; name: string }; access: DraftAccess } | { ok: false; code: number; reason: string };

/**
 * Takes an accepted websocket through the upgrade checks — Origin, authentication,
 * membership — and into its draft's room. A failed check closes the socket with a 44xx code:
 * y-websocket stops retrying on those, where an HTTP error would make it retry forever.
 * `socket` is the connection ws upgraded to `ws` (see CollabConnection.sendPrepared).
 */
export async function admitConnection(context: AdmissionContext, req: IncomingMessage, ws: WebSocket, socket?: Duplex): Promise<void> {
  const intake = createSocketIntake(ws);
  const admission = await checkAdmission(context, req).catch((error: unknown): Admission => {
    context.logError('[collab] admission failed', error);
    return { ok: false, code: CLOSE.internalError, reason: 'server error' };
  });
  if (!admission.ok) {
    ws.close(admission.code, admission.reason);
    return;
  }
  if (ws.readyState !== ws.OPEN || context.isClosing()) {
    if (context.isClosing()) ws.close(CLOSE.goingAway, 'server closing');
    return;
  }
  let room: Room;
  try {
    room = await context.registry.acquire(admission.draftId);
  } catch (error) {
    if (context.isClosing()) {
      ws.close(CLOSE.goingAway, 'server closing');
      return;
    }
    context.logError(`[collab] draft ${admission.draftId}: could not load`, error);
    ws.close(CLOSE.internalError, 'could not load the draft');
    return;
  }
  if (ws.readyState !== ws.OPEN || room.destroyed) {
    context.registry.release(room);
    if (ws.readyState === ws.OPEN) ws.close(CLOSE.internalError, 'reloading the draft');
    return;
  }
  const connection = new CollabConnection(ws, admission.user, admission.draftId, admission.access, socket);
  context.connections.add(connection);
  ws.once('close', () => {
    connection.closed = true;
    context.connections.delete(connection);
    room.leave(connection);
    context.registry.release(room);
  });
  room.join(connection);
  intake.start((bytes) => deliver(context, room, connection, bytes));
}

function deliver(context: AdmissionContext, room: Room, connection: CollabConnection, bytes: Uint8Array): void {
  if (connection.closed || room.destroyed) return;
  try {
    room.receive(connection, decodeClientMessage(bytes));
  } catch (error) {
    if (error instanceof BadMessageError) {
      connection.close(CLOSE.badMessage, 'malformed message');
      return;
    }
    context.logError(`[collab] draft ${room.draftId}: message failed`, error);
    connection.close(CLOSE.internalError, 'server error');
  }
}

async function checkAdmission(context: AdmissionContext, req: IncomingMessage): Promise<Admission> {
  const { options } = context;
  if (context.isClosing()) return { ok: false, code: CLOSE.goingAway, reason: 'server closing' };
  if (!isOriginAllowed(req, options.allowedOrigins)) return { ok: false, code: CLOSE.badOrigin, reason: 'origin not allowed' };
  const draftId = draftIdFromRequest(req);
  if (!draftId) return { ok: false, code: CLOSE.notFound, reason: 'no such draft' };
  const user = await options.authenticate(req);
  if (!user) return { ok: false, code: CLOSE.unauthorized, reason: 'sign in first' };
  if (user.mustChangePassword) return { ok: false, code: CLOSE.unauthorized, reason: 'choose your own password first' };
  const access = await options.resolveAccess(user.userId, draftId);
  if (access === 'notFound') return { ok: false, code: CLOSE.notFound, reason: 'no such draft' };
  if (access === null || access === 'forbidden') {
    return { ok: false, code: CLOSE.forbidden, reason: 'not a member of this meeting' };
  }
  if (context.limiter.isLimited(draftId, user.userId)) {
    return { ok: false, code: CLOSE.rateLimited, reason: 'too many refused changes; wait a minute' };
  }
  return { ok: true, draftId, user, access };
}

/** The draft id of `/collab/draft:<uuid>`, or null. */
export function draftIdFromRequest(req: IncomingMessage): string | null {
  const path = requestPath(req);
  if (path === null || !path.startsWith(`${COLLAB_PATH}/`)) return null;
  let room: string;
  try {
    room = decodeURIComponent(path.slice(COLLAB_PATH.length + 1));
  } catch {
    return null;
  }
  return draftIdFromRoom(room.toLowerCase());
}

export function requestPath(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '', 'http://collab.invalid').pathname;
  } catch {
    return null;
  }
}
