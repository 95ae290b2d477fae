/**
 * The collaboration server registers its `refreshAccess` on globalThis under this symbol when it
 * starts (it owns the websockets; Next may bundle route handlers and server actions separately,
 * so a module import would not reach the same instance). Without a collaboration server in the
 * process the hook is absent and there are no open connections to refresh.
 */
export const COLLAB_REFRESH_ACCESS_KEY = Symbol.for('concord.collab.refreshAccess');

export interface MembershipFilter {
  userId?: string;
  meetingId?: string;
}

export type RefreshAccessHook = (filter: MembershipFilter) => Promise<void> | void;

/**
 * Re-checks the role of open connections so that a role change, a removal or a retired delegation
 * takes effect at once. Called after the change is committed; a failure to notify is logged and
 * never undoes the change.
 */
export async function notifyMembershipChanged(filter: MembershipFilter): Promise<void> {
  const refresh = (globalThis as { [COLLAB_REFRESH_ACCESS_KEY]?: RefreshAccessHook })[COLLAB_REFRESH_ACCESS_KEY];
  try {
    await refresh?.(filter);
  } catch (error) {
    console.error('[setup] could not refresh open connections after a membership change', error);
  }
}
