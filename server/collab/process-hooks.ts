import type { AccessFilter, CollabServer } from './collab-types';

/**
 * Route handlers and server actions run inside Next's bundle, a different module graph from the
 * custom server that owns the collaboration server. These two process-wide hooks let them reach
 * it without importing it: membership changes take effect on open sockets at once, and comment
 * changes are pushed to everyone on the draft.
 */
export const REFRESH_ACCESS_HOOK = Symbol.for('concord.collab.refreshAccess');
export const BROADCAST_HOOK = Symbol.for('concord.collab.broadcast');

type Hooks = {
  [REFRESH_ACCESS_HOOK]?: (filter: AccessFilter) => Promise<void>;
  [BROADCAST_HOOK]?: (draftId: string, message: Uint8Array) => void;
};

export function registerCollabHooks(collab: CollabServer): void {
  const hooks = globalThis as Hooks;
  hooks[REFRESH_ACCESS_HOOK] = (filter) => collab.refreshAccess(filter);
  hooks[BROADCAST_HOOK] = (draftId, message) => collab.notifyDraft(draftId, message);
}

/** Tells open collaboration connections that memberships changed. A no-op without a server. */
export async function refreshCollabAccess(filter: AccessFilter): Promise<void> {
  await (globalThis as Hooks)[REFRESH_ACCESS_HOOK]?.(filter);
}

/** Sends a message to everyone on the draft. A no-op without a collaboration server in-process. */
export function broadcastToDraft(draftId: string, message: Uint8Array): void {
  (globalThis as Hooks)[BROADCAST_HOOK]?.(draftId, message);
}
