import { randomUUID } from 'node:crypto';
import type { AccessFilter } from '../collab-types';

/**
 * What one collaboration instance tells the others about a draft, so that several
 * instances behind a load balancer serve the same drafts (OPERATIONS.md "Scale-out").
 * - update: a Yjs update already stored in the database (a client's accepted change or a
 *   command's result); receivers apply it and broadcast it, never store it again.
 * - awareness: presence of the sender's own connections, already filtered and stamped.
 * - notice: a Concord frame for everyone on the draft (e.g. MESSAGE.commentsChanged).
 * - presenceQuery: "I just loaded this draft": holders answer with their connections' presence.
 * - resync: "I was cut off from the bus": holders reload the draft from the database.
 */
export type DraftEvent =
  /** `writer`: the user whose connection sent it (`#server` for commands), so every instance binds its client ids to them. */
  | { kind: 'update'; update: Uint8Array; writer: string }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'notice'; message: Uint8Array }
  | { kind: 'presenceQuery' }
  | { kind: 'resync' };

/**
 * Instance-wide events:
 * - refreshAccess: membership changed; every instance re-resolves the matching open connections.
 * - refusal: an instance refused a user's update on a draft; every instance counts it, so that
 *   a client refused too often cannot simply reconnect through another instance.
 */
export type MeetingEvent =
  | { kind: 'refreshAccess'; filter: AccessFilter }
  | { kind: 'refusal'; draftId: string; userId: string };

/**
 * Publish/subscribe between instances. Publishing never throws and never waits for the other
 * instances: a bus outage must not stop an instance from serving its own connections. An
 * instance never receives its own messages.
 */
export interface RoomBus {
  readonly instanceId: string;
  publishDraft(draftId: string, event: DraftEvent): void;
  /**
   * Resolves once the subscription is active (or, when the bus is down, at once: `onReconnect`
   * then tells the owner to resynchronise). Returns the unsubscribe function.
   */
  subscribeDraft(draftId: string, listener: (event: DraftEvent) => void): Promise<() => void>;
  publishMeeting(event: MeetingEvent): void;
  subscribeMeeting(listener: (event: MeetingEvent) => void): () => void;
  /** Called whenever the bus (re)connected with every subscription restored. */
  onReconnect(listener: () => void): () => void;
  /**
   * Called when another instance stopped answering (no heartbeat for a while) or said it is
   * leaving. It may have stored updates it never published: the owner catches up from the database.
   */
  onPeerLost(listener: (instanceId: string) => void): () => void;
  /** `local`: one instance, no Redis; `up` / `down`: the Redis connection, for the health route. */
  status(): 'local' | 'up' | 'down';
  close(): Promise<void>;
}

/** A single instance: nobody to tell, nothing to hear. */
export function createLocalRoomBus(): RoomBus {
  return {
    instanceId: randomUUID(),
    publishDraft: () => undefined,
    subscribeDraft: () => Promise.resolve(() => undefined),
    publishMeeting: () => undefined,
    subscribeMeeting: () => () => undefined,
    onReconnect: () => () => undefined,
    onPeerLost: () => () => undefined,
    status: () => 'local',
    close: () => Promise.resolve(),
  };
}
