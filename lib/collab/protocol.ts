/**
 * Wire constants shared by the browser, bots and the collaboration server.
 * Message types 0–3 are the y-websocket protocol; 100+ are Concord's own, JSON-encoded as a
 * lib0 var-string after the type varuint. See docs/PROTOCOL.md.
 */

export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** client -> server: a Command (JSON). */
  command: 100,
  /** server -> client: CommandResult (JSON). */
  commandResult: 101,
  /** server -> client: Refusal (JSON); the client must discard its Y.Doc and reload. */
  refused: 102,
  /** server -> client: SessionInfo (JSON), sent once after the upgrade is accepted. */
  session: 103,
  /** server -> client: CommentsChanged (JSON) — a comment was made, edited or withdrawn; refetch. */
  commentsChanged: 104,
  /**
   * server -> client: SavingPaused (JSON `{paused}`) — the server cannot reach its database and
   * takes no edits until it can; keep the document, its unsaved words are asked for on resuming.
   */
  savingPaused: 105,
} as const;

/**
 * Close codes. y-websocket 3.x stops reconnecting on 4400–4499, so every "do not retry"
 * condition uses that range; an HTTP error on upgrade would make the client retry forever.
 */
export const CLOSE = {
  /** No valid session or token. */
  unauthorized: 4401,
  /** Signed in but not a member of the draft's meeting, or membership revoked. */
  forbidden: 4403,
  /** The draft does not exist. */
  notFound: 4404,
  /** The Origin header is not allowed. */
  badOrigin: 4406,
  /** A message larger than MAX_MESSAGE_BYTES. */
  tooLarge: 4413,
  /** Malformed message (not a y-websocket or Concord frame). */
  badMessage: 4400,
  /** An update was refused; the client must discard its Y.Doc and reload (see MESSAGE.refused). */
  refused: 4409,
  /**
   * Too many refused updates in a short time, more than MAX_UPDATE_BYTES_PER_MINUTE of accepted
   * updates, or presence updates faster than a caret moves.
   */
  rateLimited: 4429,
  /** 1001 "going away": the server is stopping (a restart or a deploy); y-websocket reconnects by itself. */
  goingAway: 1001,
  /**
   * 1011 "internal error": the room was dropped after a failure, or the draft could not be loaded;
   * transient, so y-websocket reconnects and reloads from the database.
   */
  internalError: 1011,
  /** 1013 "try again later": the client fell too far behind; y-websocket reconnects and resynchronises. */
  tryAgainLater: 1013,
} as const;

/**
 * The writer, and the Yjs transaction origin, of the updates the server itself makes (commands).
 * No member's user id can take this form, so no client may write as the server.
 */
export const SERVER_WRITER = '#server';

/** Whether y-websocket stops reconnecting after this close code (the 4400–4499 range). */
export function isFinalClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}

export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** Accepted Yjs updates one connection may send in any minute (above: close 4429). */
export const MAX_UPDATE_BYTES_PER_MINUTE = 4 * 1024 * 1024;

/** The websocket path; the room name follows, e.g. `/collab/draft:<id>`. */
export const COLLAB_PATH = '/collab';

export function draftRoom(draftId: string): string {
  return `draft:${draftId}`;
}

export function draftIdFromRoom(room: string): string | null {
  const match = /^draft:([0-9a-f-]{36})$/.exec(room);
  return match?.[1] ?? null;
}
