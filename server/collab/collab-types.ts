import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type * as Y from 'yjs';
import type { Role } from '@/lib/negotiation/roles';
import type { DraftStore } from './draft-store';
import type { RoomBus } from './scale-out/room-bus';
import type { RoomCounters } from './room-counters';
import type { UpdateValidator } from './validation/types';

/** Who opened the connection, as established from the session cookie or a collab token. */
export interface AuthenticatedUser {
  userId: string;
  name: string;
  /** Signed in with a one-time password not yet replaced: admitted to nothing until it is. */
  mustChangePassword?: boolean;
}

/** The member's standing in the draft's meeting. */
export interface DraftAccess {
  meetingId: string;
  role: Role;
  delegationId: string | null;
  /** Delegations of the meeting that may act now (the secretariat may act on behalf of these). */
  knownDelegations: string[];
}

/**
 * `null` (or 'forbidden'): not a member, close 4403. 'notFound': the draft does not exist,
 * close 4404. Callers that cannot tell the two apart return null.
 */
export type AccessDecision = DraftAccess | null | 'forbidden' | 'notFound';

/** One row of the audit log, as the collaboration server reports it. */
export interface CollabAuditEntry {
  meetingId: string;
  draftId: string;
  userId: string;
  delegationId: string | null;
  action: string;
  paragraphId?: string;
  proposalId?: string;
  details?: Record<string, unknown>;
}

/**
 * Builds the room's update validator (server/collab/validation) over the room's document, with
 * what the update log says of the time before the draft was loaded.
 */
export type CreateValidator = (doc: Y.Doc, history?: DraftHistory) => UpdateValidator;

/** From the update log: client id → user id, and proposal id → its delegation and author. */
export interface DraftHistory {
  writers?: ReadonlyMap<number, string>;
  proposals?: ReadonlyMap<string, { delegation: string; author: string }>;
}

export interface CollabServerOptions {
  authenticate(req: IncomingMessage): Promise<AuthenticatedUser | null>;
  resolveAccess(userId: string, draftId: string): Promise<AccessDecision>;
  store: DraftStore;
  audit(entry: CollabAuditEntry): Promise<void>;
  /** Origins allowed to connect. Empty: the Origin's host must equal the Host header. */
  allowedOrigins: string[];
  /** How long a draft stays in memory after its last connection closed. */
  idleUnloadMs: number;
  /** Every client update is judged by this before it is applied, stored or broadcast. */
  createValidator: CreateValidator;
  /**
   * How this instance hears about, and tells, the other instances serving the same drafts
   * (scale-out/connect-redis-room-bus). Default: a single instance, no bus. The caller closes
   * it, after the collaboration server.
   */
  bus?: RoomBus;
  /** While a room's saving is paused, how often it asks whether the database is back (default 1 s). */
  probeMs?: number;
  /** Log sink for server-side failures; defaults to console.error. */
  logError?: (message: string, error?: unknown) => void;
}

export interface AccessFilter {
  userId?: string;
  meetingId?: string;
}

/** What `stats()` reports: the rooms' counters, and how many rooms and connections are open now. */
export interface CollabStats extends RoomCounters {
  rooms: number;
  connections: number;
}

export interface CollabServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  refreshAccess(filter: AccessFilter): Promise<void>;
  /** Sends a Concord message (e.g. comments changed) to everyone connected to the draft, on every instance. */
  notifyDraft(draftId: string, message: Uint8Array): void;
  close(): Promise<void>;
  stats(): CollabStats;
}
