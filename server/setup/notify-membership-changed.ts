import type { AccessFilter } from '@/server/collab/collab-types';
import { refreshCollabAccess } from '@/server/collab/process-hooks';

/**
 * Re-checks the role of open connections so that a role change, a removal or a retired delegation
 * takes effect at once. Called after the change is committed; a failure to notify is logged and
 * never undoes the change. Server actions run in Next's bundle, so this goes through the
 * process-wide hooks the collaboration server installs (server/collab/process-hooks.ts); without
 * a collaboration server in the process there are no open connections to refresh.
 */
export async function notifyMembershipChanged(filter: AccessFilter): Promise<void> {
  try {
    await refreshCollabAccess(filter);
  } catch (error) {
    console.error('[setup] could not refresh open connections after a membership change', error);
  }
}
