import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { encodeJsonMessage } from '@/lib/collab/messages';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import type { AuthenticatedUser, DraftAccess } from './collab-types';
import type { ValidationActor } from './validation/types';
import type { PreparedMessage } from './websocket-frame';

/** A socket that stops being useful when this much is queued for it (a stalled client). */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

let nextConnectionId = 1;

/** The session description sent as MESSAGE.session after the upgrade and after a role change. */
export interface SessionInfo {
  userId: string;
  name: string;
  role: DraftAccess['role'];
  delegationId: string | null;
  meetingId: string;
  draftId: string;
}

/**
 * One admitted websocket: who it is and what it may do. `actor` is replaced in place when the
 * member's role changes, so the very next message is judged with the new role.
 */
export class CollabConnection {
  readonly id = nextConnectionId++;
  actor: ValidationActor;
  meetingId: string;
  /** Set once an update of this connection was refused: its later writes build on refused state. */
  refused = false;
  closed = false;
  /** When this user's previous connection to the draft closed, if the room saw it (see SenderHistory). */
  offlineSince: number | undefined;
  /** Awareness client ids this connection has claimed. */
  readonly awarenessClients = new Set<number>();

  /** The connection ws upgraded, for broadcasts framed once (see sendPrepared). */
  private readonly socket: Duplex | undefined;

  /** Without `socket`, or with a websocket extension agreed, every message goes through ws. */
  constructor(
    readonly ws: WebSocket,
    readonly user: AuthenticatedUser,
    readonly draftId: string,
    access: DraftAccess,
    socket?: Duplex,
  ) {
    this.socket = ws.extensions === '' ? socket : undefined;
    this.actor = actorFrom(user, access);
    this.meetingId = access.meetingId;
  }

  setAccess(access: DraftAccess): void {
    this.actor = actorFrom(this.user, access);
    this.meetingId = access.meetingId;
  }

  session(): SessionInfo {
    return {
      userId: this.user.userId,
      name: this.user.name,
      role: this.actor.role,
      delegationId: this.actor.delegationId,
      meetingId: this.meetingId,
      draftId: this.draftId,
    };
  }

  sendSession(): void {
    this.send(encodeJsonMessage(MESSAGE.session, this.session()));
  }

  send(data: Uint8Array): void {
    if (this.writable()) this.ws.send(data);
  }

  /**
   * Sends a broadcast's message as the frame prepared once for everyone, written straight to the
   * upgraded socket. That is safe beside ws's own writes because ws writes each of its frames to
   * the socket at once when it neither compresses (the server turns permessage-deflate off) nor
   * reads a Blob (the server sends bytes only): a frame written here lands between two of ws's,
   * never inside one. Once ws has sent its close frame the socket is no longer OPEN, and nothing
   * is written after it.
   */
  sendPrepared(message: PreparedMessage): void {
    if (!this.socket) {
      this.send(message.payload);
      return;
    }
    // Asking how much is queued costs more than the write itself; the socket says when it has a
    // backlog at all (above its 16 KB high-water mark), and only then is the backlog measured.
    if (this.isOpen() && !this.socket.write(message.frame)) this.closeIfFarBehind();
  }

  private isOpen(): boolean {
    return !this.closed && this.ws.readyState === this.ws.OPEN;
  }

  private writable(): boolean {
    return this.isOpen() && !this.closeIfFarBehind();
  }

  private closeIfFarBehind(): boolean {
    if (this.ws.bufferedAmount <= MAX_BUFFERED_BYTES) return false;
    this.close(CLOSE.tryAgainLater, 'too far behind');
    return true;
  }

  close(code: number, reason = ''): void {
    if (this.closed) return;
    this.closed = true;
    // Close reasons are limited to 123 bytes by the websocket protocol.
    this.ws.close(code, truncateUtf8(reason, 120));
  }
}

function actorFrom(user: AuthenticatedUser, access: DraftAccess): ValidationActor {
  return {
    userId: user.userId,
    role: access.role,
    delegationId: access.delegationId,
    knownDelegations: new Set(access.knownDelegations),
  };
}

export function truncateUtf8(text: string, maxBytes: number): string {
  let result = text;
  while (Buffer.byteLength(result) > maxBytes) result = result.slice(0, -1);
  return result;
}
