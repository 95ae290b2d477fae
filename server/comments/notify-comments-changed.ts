import { MESSAGE } from '@/lib/collab/protocol';

/**
 * The collaboration server registers this function on globalThis when it starts (it owns the
 * websockets; route handlers may be bundled separately by Next, so a module import would not
 * reach the same instance). Without a collaboration server in the process it is simply absent.
 */
export const COLLAB_BROADCAST_KEY = Symbol.for('concord.collab.broadcast');

/** Sends a Concord JSON message (type 100+) to every connection on the draft. */
export type CollabBroadcast = (draftId: string, type: number, payload: unknown) => void;

/** Body of MESSAGE.commentsChanged. */
export interface CommentsChanged {
  draftId: string;
  paragraphId: string | null;
}

/**
 * Tells everyone on the draft that its comments changed, so their panels refetch. Called only
 * after the change is committed; a failure to notify never undoes or fails the change itself.
 */
export function notifyCommentsChanged(draftId: string, paragraphId: string | null): void {
  const broadcast = (globalThis as { [COLLAB_BROADCAST_KEY]?: CollabBroadcast })[COLLAB_BROADCAST_KEY];
  const payload: CommentsChanged = { draftId, paragraphId };
  try {
    broadcast?.(draftId, MESSAGE.commentsChanged, payload);
  } catch (error) {
    console.error('[comments] could not notify the room', error);
  }
}
