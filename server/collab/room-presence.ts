import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CLOSE } from '@/lib/collab/protocol';
import type { CollabConnection } from './connection';
import { BadMessageError, encodeAwarenessMessage } from './frames';
import { createPresenceRate, MAX_PRESENCE_CLIENTS_PER_CONNECTION, stampPresenceState } from './presence-state';

/**
 * Presence (y-protocols awareness), carried by the server.
 *
 * Relaying every awareness message to every peer costs N² messages: each of N clients renews its
 * state every 15 s and moves its caret often, and each of those would go to N-1 peers. Instead the
 * server keeps one Awareness per room and sends coalesced batches:
 * - real changes (joins, leaves, caret moves) at most once per CHANGE_FLUSH_MS per room, so a
 *   burst of N caret moves becomes one message per client;
 * - pure renewals (same state, new clock) at most once per RENEWAL_FLUSH_MS. Peers drop a state
 *   not renewed for 30 s, so a 5 s delay keeps every state alive while sending each peer one
 *   message per 5 s instead of N per 15 s.
 *
 * A connection may only speak for the awareness client ids it claimed first (at most
 * MAX_PRESENCE_CLIENTS_PER_CONNECTION), and every state is stamped with the server-known
 * `session` ({userId, name, role, delegationId}) and a `user` ({name, delegationId, color}) written
 * from it, so presence cannot be forged or removed by another participant. A state over 4 KiB
 * closes the connection with 4413, more updates than the presence rate with 4429: both are
 * floods no browser sends.
 *
 * With several instances (scale-out), the states of this instance's own connections are handed
 * to `shareLocal` as they change, and other instances' states come in through `applyRemote`,
 * already filtered and stamped there. y-websocket clients echo every state they hear back to
 * the server, so a client id known from another instance may be claimed here only by the same
 * user (the browser that moved to this instance); a client id claimed here wins over the same id
 * from elsewhere.
 */
export const CHANGE_FLUSH_MS = 150;
export const RENEWAL_FLUSH_MS = 5_000;
/** Origin of states applied from other instances. */
const REMOTE_PRESENCE = Symbol('remote-presence');

export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, CollabConnection>();
  /** Client ids present through other instances → the user id their instance stamped. */
  private readonly remote = new Map<number, string>();
  private readonly changed = new Set<number>();
  private readonly renewed = new Set<number>();
  private changeTimer: NodeJS.Timeout | undefined;
  private renewalTimer: NodeJS.Timeout | undefined;
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
    this.awareness.on('update', this.onUpdate);
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
    if (kept.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeEntries(kept), REMOTE_PRESENCE);
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
    clearTimeout(this.renewalTimer);
    this.awareness.off('change', this.onChange);
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private filterAndStamp(connection: CollabConnection, update: Uint8Array): Uint8Array | null {
    const entries = decodeAwarenessEntries(update);
    const kept: AwarenessEntry[] = [];
    for (const entry of entries) {
      const owner = this.owners.get(entry.client);
      if (owner && owner !== connection) continue;
      if (!owner) {
        // Removing a state one does not own is an echo, never a participant's own presence.
        if (entry.state === null) continue;
        const remoteUser = this.remote.get(entry.client);
        if (remoteUser !== undefined && remoteUser !== connection.user.userId) continue;
        this.remote.delete(entry.client);
        if (connection.awarenessClients.size >= MAX_PRESENCE_CLIENTS_PER_CONNECTION) continue;
        this.owners.set(entry.client, connection);
        connection.awarenessClients.add(entry.client);
      }
      kept.push(entry);
    }
    if (kept.length === 0) return null;
    // Echoes of others' states (y-websocket clients send back all they hear) do not count.
    if (!this.withinRate(connection)) {
      connection.close(CLOSE.rateLimited, 'too many presence updates; reload the draft');
      return null;
    }
    const stamped: AwarenessEntry[] = [];
    for (const entry of kept) {
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
    return encodeEntries(stamped);
  }

  private readonly onChange = ({ added, updated, removed }: AwarenessChange): void => {
    for (const client of removed) this.remote.delete(client);
    for (const client of [...added, ...updated, ...removed]) {
      this.changed.add(client);
      this.renewed.delete(client);
    }
    this.changeTimer ??= setTimeout(() => this.flush(this.changed, 'change'), CHANGE_FLUSH_MS);
  };

  private readonly onUpdate = ({ updated }: AwarenessChange): void => {
    for (const client of updated) {
      if (!this.changed.has(client)) this.renewed.add(client);
    }
    if (this.renewed.size > 0) {
      this.renewalTimer ??= setTimeout(() => this.flush(this.renewed, 'renewal'), RENEWAL_FLUSH_MS);
    }
  };

  private flush(clients: Set<number>, which: 'change' | 'renewal'): void {
    if (which === 'change') this.changeTimer = undefined;
    else this.renewalTimer = undefined;
    // encodeAwarenessUpdate needs the client's meta (its clock); it exists for every client seen.
    const ids = [...clients].filter((client) => this.awareness.meta.has(client));
    clients.clear();
    if (ids.length === 0) return;
    this.broadcast(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

interface AwarenessEntry {
  client: number;
  clock: number;
  state: Record<string, unknown> | null;
}

function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let index = 0; index < count; index++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
        throw new BadMessageError('awareness state must be an object or null');
      }
      entries.push({ client, clock, state: state as Record<string, unknown> | null });
    }
    return entries;
  } catch (error) {
    if (error instanceof BadMessageError) throw error;
    throw new BadMessageError(error instanceof Error ? error.message : 'undecodable awareness update');
  }
}

function encodeEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.client);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

function stampedUserId(state: Record<string, unknown> | null): string | undefined {
  const session = state?.session;
  if (typeof session !== 'object' || session === null) return undefined;
  const userId = (session as { userId?: unknown }).userId;
  return typeof userId === 'string' ? userId : undefined;
}
