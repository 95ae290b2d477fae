import { encodeJsonMessage } from '@/lib/collab/messages';
import { MESSAGE } from '@/lib/collab/protocol';
import { broadcastToDraft } from '@/server/collab/process-hooks';

/** Body of MESSAGE.commentsChanged. */
export interface CommentsChanged {
  draftId: string;
  paragraphId: string | null;
}

/**
 * Tells everyone on the draft that its comments changed, so their panels refetch. Called only
 * after the change is committed; a failure to notify never undoes or fails the change itself.
 * Route handlers live in Next's bundle, so this goes through the process-wide hook the
 * collaboration server registers (server/collab/process-hooks.ts); without one it does nothing.
 */
export function notifyCommentsChanged(draftId: string, paragraphId: string | null): void {
  const payload: CommentsChanged = { draftId, paragraphId };
  try {
    broadcastToDraft(draftId, encodeJsonMessage(MESSAGE.commentsChanged, payload));
  } catch (error) {
    console.error('[comments] could not notify the room', error);
  }
}
