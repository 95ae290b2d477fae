import type { AccessFilter, CollabServer } from './collab-types';

/**
 * Route handlers and server actions run inside Next's bundle, a different module graph from the
 * custom server that owns the collaboration server, so a module-level variable set on one side is
 * not seen on the other. This module is the one meeting point: the custom server installs the
 * collaboration server's hooks on globalThis under a process-wide symbol, and route handlers and
 * server actions call them through the functions below. Membership changes then take effect on
 * open sockets at once, and comment changes are pushed to everyone on the draft.
 */
const COLLAB_HOOKS = Symbol.for('concord.collab.hooks');

/** What the calling side needs of the collaboration server. */
export type CollabHooks = Pick<CollabServer, 'refreshAccess' | 'notifyDraft'> & {
  /** For the health route: drafts in memory, open connections, and the Redis link. */
  health(): CollabHealth;
};

export interface CollabHealth {
  rooms: number;
  connections: number;
  redis: 'local' | 'up' | 'down';
}

type HookHolder = { [COLLAB_HOOKS]?: CollabHooks };

const holder = (): HookHolder => globalThis as HookHolder;

/**
 * Installs the hooks of the collaboration server running in this process (server/main.ts).
 * Returns the function that removes them again, if they are still the ones installed.
 */
export function registerCollabHooks(
  collab: Pick<CollabServer, 'refreshAccess' | 'notifyDraft'> & Partial<Pick<CollabServer, 'stats'>>,
  redisStatus: () => CollabHealth['redis'] = () => 'local',
): () => void {
  const hooks: CollabHooks = {
    refreshAccess: (filter) => collab.refreshAccess(filter),
    notifyDraft: (draftId, message) => collab.notifyDraft(draftId, message),
    health: () => {
      const stats = collab.stats?.();
      return { rooms: stats?.rooms ?? 0, connections: stats?.connections ?? 0, redis: redisStatus() };
    },
  };
  holder()[COLLAB_HOOKS] = hooks;
  return () => {
    if (holder()[COLLAB_HOOKS] === hooks) delete holder()[COLLAB_HOOKS];
  };
}

/** Tells open collaboration connections that memberships changed. A no-op without a server. */
export async function refreshCollabAccess(filter: AccessFilter): Promise<void> {
  await holder()[COLLAB_HOOKS]?.refreshAccess(filter);
}

/** Sends a message to everyone on the draft. A no-op without a collaboration server in-process. */
export function broadcastToDraft(draftId: string, message: Uint8Array): void {
  holder()[COLLAB_HOOKS]?.notifyDraft(draftId, message);
}

/** The in-process collaboration server's health, or null when none runs in this process. */
export function readCollabHealth(): CollabHealth | null {
  return holder()[COLLAB_HOOKS]?.health() ?? null;
}
