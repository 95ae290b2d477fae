import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CLOSE } from '@/lib/collab/protocol';
import type { CollabConnection } from './connection';
import {
  decodeAwarenessEntries,
  encodeAwarenessEntries,
  isNullState,
  parseAwarenessEntry,
  readRawAwarenessEntries,
  type AwarenessEntry,
  type RawAwarenessEntry,
} from './awareness-entries';
import { encodeAwarenessMessage } from './frames';
import { createPresenceRate, MAX_PRESENCE_CLIENTS_PER_CONNECTION, stampPresenceState } from './presence-state';

/**
 * Presence (y-protocols awareness), carried by the server.
 *
 * Relaying every awareness message to every peer costs N² messages: each of N clients renews its
 * state every 15 s and moves its caret often, and each of those would go to N-1 peers. Instead the
 * server keeps one Awareness per room and sends peers only what they can see:
 * - real changes (joins, leaves, caret moves) at most once per CHANGE_FLUSH_MS per room, so a
 *   burst of N caret moves becomes one message per client;
 * - pure renewals (same state, new clock) are kept here and never forwarded: at 1,000 idle
 *   participants, forwarding them cost every browser a thousand states per renewal period.
 *   The server says when someone leaves (their socket closed, or they stopped renewing for 30 s),
 *   so Concord's browser keeps the states it heard for as long as it is connected;
 * - every KEEPALIVE_MS an empty awareness update, because a y-websocket client that hears
 *   nothing for 30 s takes its connection for dead and reconnects.
 *
 * A connection may only speak for the awareness client ids it claimed first (at most
 * MAX_PRESENCE_CLIENTS_PER_CONNECTION), and every state is stamped with the server-known
 * `session` ({userId, name, role, delegationId}) and a `user` ({name, delegationId, color}) written
 * from it, so presence cannot be forged or removed by another participant. A state over 4 KiB
 * closes the connection with 4413, more updates than the presence rate with 4429: both are
 * floods no browser sends. Observers and viewers are present (counted) but carry no caret.
 *
 * Plain y-websocket clients send back every state they hear. Each entry's client id and clock
 * are read before its JSON, so another participant's state, or one not newer than the room's,
 * is dropped without being parsed.
 *
 * With several instances (scale-out), the states of this instance's own connections are handed
 * to `shareLocal` as they change or renew, and other instances' states come in through
 * `applyRemote`, already filtered and stamped there. A client id known from another instance may
 * be claimed here only by the same user (the browser that moved to this instance); a client id
 * claimed here wins over the same id from elsewhere.
 */
export const CHANGE_FLUSH_MS = 150;
export const KEEPALIVE_MS = 15_000;
/** Origin of states applied from other instances. */
const REMOTE_PRESENCE = Symbol('remote-presence');
const KEEPALIVE_MESSAGE = encodeAwarenessMessage(encodeAwarenessEntries([]));

export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, CollabConnection>();
  /** Client ids present through other instances → the user id their instance stamped. */
  private readonly remote = new Map<number, string>();
  private readonly changed = new Set<number>();
  private changeTimer: NodeJS.Timeout | undefined;
  private readonly keepalive: NodeJS.Timeout;
  private readonly withinRate = createPresenceRate();

  constructor(
    doc: Y.Doc,
    private readonly broadcast: (message: Uint8Array) => void,
    private readonly shareLocal: (update: Uint8Array) => void = () => undefined,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server itself is not a participant.
    this.awareness.setLocalState(null);
    this.awareness.on('change', this.onChange);
    this.keepalive = setInterval(() => this.broadcast(KEEPALIVE_MESSAGE), KEEPALIVE_MS);
    this.keepalive.unref();
  }

  /** Applies a client's awareness update after filtering foreign client ids and stamping identity. */
  apply(connection: CollabConnection, update: Uint8Array): void {
    const filtered = this.filterAndStamp(connection, update);
    if (!filtered) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, filtered, connection);
    this.shareLocal(filtered);
  }

  /** Another instance's states (its own connections'), minus any client id claimed here. */
  applyRemote(update: Uint8Array): void {
    const kept = decodeAwarenessEntries(update).filter((entry) => !this.owners.has(entry.client));
    for (const entry of kept) {
      const userId = stampedUserId(entry.state);
      if (userId !== undefined) this.remote.set(entry.client, userId);
    }
    if (kept.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(kept), REMOTE_PRESENCE);
  }

  /** The states of this instance's own connections, for an instance that just loaded the draft. */
  localSnapshot(): Uint8Array | null {
    const clients = [...this.owners.keys()].filter((client) => this.awareness.states.has(client));
    return clients.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients) : null;
  }

  /** Every current state, for a connection that just joined. */
  snapshot(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length === 0) return null;
    return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  removeConnection(connection: CollabConnection): void {
    const clients = [...connection.awarenessClients];
    for (const client of clients) this.owners.delete(client);
    connection.awarenessClients.clear();
    awarenessProtocol.removeAwarenessStates(this.awareness, clients, 'disconnect');
    // The removal (null states, newer clocks) tells the other instances the participant left.
    const known = clients.filter((client) => this.awareness.meta.has(client));
    if (known.length > 0) this.shareLocal(awarenessProtocol.encodeAwarenessUpdate(this.awareness, known));
  }

  destroy(): void {
    clearTimeout(this.changeTimer);
    clearInterval(this.keepalive);
    this.awareness.off('change', this.onChange);
    this.awareness.destroy();
  }

  /** The entries this connection may write: its own client ids, newer than what the room holds. */
  private ownEntries(connection: CollabConnection, update: Uint8Array): RawAwarenessEntry[] {
    const kept: RawAwarenessEntry[] = [];
    for (const entry of readRawAwarenessEntries(update)) {
      const owner = this.owners.get(entry.client);
      if (owner && owner !== connection) continue;
      if (!owner) {
        // Removing a state one does not own is an echo, never a participant's own presence.
        if (isNullState(entry.json)) continue;
        const remoteUser = this.remote.get(entry.client);
        if (remoteUser !== undefined && remoteUser !== connection.user.userId) continue;
        this.remote.delete(entry.client);
        if (connection.awarenessClients.size >= MAX_PRESENCE_CLIENTS_PER_CONNECTION) continue;
        this.owners.set(entry.client, connection);
        connection.awarenessClients.add(entry.client);
      }
      // An echo of the room's own broadcast, or an update overtaken by a newer one.
      const known = this.awareness.meta.get(entry.client);
      if (known !== undefined && entry.clock <= known.clock) continue;
      kept.push(entry);
    }
    return kept;
  }

  private filterAndStamp(connection: CollabConnection, update: Uint8Array): Uint8Array | null {
    const kept = this.ownEntries(connection, update);
    if (kept.length === 0) return null;
    // Echoes of others' states (y-websocket clients send back all they hear) do not count.
    if (!this.withinRate(connection)) {
      connection.close(CLOSE.rateLimited, 'too many presence updates; reload the draft');
      return null;
    }
    const stamped: AwarenessEntry[] = [];
    for (const raw of kept) {
      const entry = parseAwarenessEntry(raw);
      if (entry.state === null) {
        stamped.push(entry);
        continue;
      }
      const verdict = stampPresenceState(connection, entry.state);
      if (!verdict.ok) {
        connection.close(CLOSE.tooLarge, verdict.reason);
        return null;
      }
      stamped.push({ ...entry, state: verdict.state });
    }
    return encodeAwarenessEntries(stamped);
  }

  private readonly onChange = ({ added, updated, removed }: AwarenessChange): void => {
    for (const client of removed) this.remote.delete(client);
    for (const client of [...added, ...updated, ...removed]) this.changed.add(client);
    this.changeTimer ??= setTimeout(() => this.flushChanges(), CHANGE_FLUSH_MS);
  };

  private flushChanges(): void {
    this.changeTimer = undefined;
    // encodeAwarenessUpdate needs the client's meta (its clock); it exists for every client seen.
    const ids = [...this.changed].filter((client) => this.awareness.meta.has(client));
    this.changed.clear();
    if (ids.length === 0) return;
    this.broadcast(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

function stampedUserId(state: Record<string, unknown> | null): string | undefined {
  const session = state?.session;
  if (typeof session !== 'object' || session === null) return undefined;
  const userId = (session as { userId?: unknown }).userId;
  return typeof userId === 'string' ? userId : undefined;
}
