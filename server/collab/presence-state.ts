import type { CollabConnection } from './connection';

/**
 * What a participant's presence may say about them, and how much of it. The caret label every
 * screen draws comes from `user.name`, so the server writes `user` itself from the signed-in
 * session: nobody appears as "Chair" or as another delegation. Only the caret colour is the
 * client's, and only when it is a plain hex colour (it ends up in a style attribute).
 */

/** A caret position and a name fit in a few hundred bytes; 4 KiB leaves room and stops floods. */
export const MAX_PRESENCE_STATE_BYTES = 4 * 1024;
/** A browser tab has one client id; a second covers a reload whose old socket is still closing. */
export const MAX_PRESENCE_CLIENTS_PER_CONNECTION = 2;
/**
 * Presence updates a connection may send: a burst of PRESENCE_BURST, then PRESENCE_PER_SECOND
 * (holding an arrow key moves the caret about 30 times a second).
 */
export const PRESENCE_BURST = 120;
export const PRESENCE_PER_SECOND = 40;

const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

export type PresenceVerdict = { ok: true; state: Record<string, unknown> } | { ok: false; reason: string };

/** Roles that follow the draft without editing it: present in the room, but no caret on anyone's screen. */
const WITHOUT_CARET = new Set(['observer', 'viewer']);

/**
 * The state as peers will see it: the client's own fields, `user` and `session` written from the
 * session. An observer's or viewer's caret is dropped, so their selection moves are pure
 * renewals, which the room does not forward.
 */
export function stampPresenceState(connection: CollabConnection, state: Record<string, unknown>): PresenceVerdict {
  const { user, session: _session, ...fields } = state;
  const { cursor: _cursor, ...withoutCaret } = fields;
  const own = WITHOUT_CARET.has(connection.actor.role) ? withoutCaret : fields;
  if (Buffer.byteLength(JSON.stringify(own)) > MAX_PRESENCE_STATE_BYTES) {
    return { ok: false, reason: 'presence state over 4 KiB' };
  }
  const colour = typeof user === 'object' && user !== null ? (user as { color?: unknown }).color : undefined;
  const { userId, name } = connection.user;
  const { role, delegationId } = connection.actor;
  const stamped: Record<string, unknown> = { name, delegationId };
  if (typeof colour === 'string' && HEX_COLOUR.test(colour)) stamped.color = colour;
  return { ok: true, state: { ...own, user: stamped, session: { userId, name, role, delegationId } } };
}

/** A token bucket per connection: true while the connection stays within its presence rate. */
export function createPresenceRate(now: () => number = Date.now): (connection: CollabConnection) => boolean {
  const buckets = new WeakMap<CollabConnection, { tokens: number; at: number }>();
  return (connection) => {
    const time = now();
    const bucket = buckets.get(connection) ?? { tokens: PRESENCE_BURST, at: time };
    bucket.tokens = Math.min(PRESENCE_BURST, bucket.tokens + ((time - bucket.at) / 1000) * PRESENCE_PER_SECOND);
    bucket.at = time;
    buckets.set(connection, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}
