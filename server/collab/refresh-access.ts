import { CLOSE } from '@/lib/collab/protocol';
import type { AccessDecision, AccessFilter, CollabServerOptions, DraftAccess } from './collab-types';
import type { CollabConnection } from './connection';

/**
 * Re-resolves the membership of every open connection matching `filter`, because a change of
 * role or membership must take effect at once, open websockets included. Gone: close 4403. Changed: the connection's actor is
 * replaced in place, so its very next message is judged with the new role, and it is sent a
 * fresh MESSAGE.session so the client can adapt its UI.
 */
export async function refreshConnections(
  connections: Set<CollabConnection>,
  filter: AccessFilter,
  resolveAccess: CollabServerOptions['resolveAccess'],
  logError: (message: string, error?: unknown) => void,
): Promise<void> {
  const matching = [...connections].filter(
    (connection) =>
      (filter.userId === undefined || connection.user.userId === filter.userId) &&
      (filter.meetingId === undefined || connection.meetingId === filter.meetingId),
  );
  // One lookup per user and draft, however many tabs they have open.
  const decisions = new Map<string, Promise<AccessDecision>>();
  await Promise.all(
    matching.map(async (connection) => {
      const key = `${connection.user.userId}:${connection.draftId}`;
      let decision = decisions.get(key);
      if (!decision) {
        decision = resolveAccess(connection.user.userId, connection.draftId);
        decisions.set(key, decision);
      }
      try {
        applyDecision(connection, await decision);
      } catch (error) {
        logError('[collab] could not refresh access', error);
      }
    }),
  );
}

function applyDecision(connection: CollabConnection, decision: AccessDecision): void {
  if (connection.closed) return;
  if (decision === null || decision === 'forbidden' || decision === 'notFound') {
    connection.close(CLOSE.forbidden, 'membership revoked');
    return;
  }
  const changed = roleChanged(connection, decision);
  connection.setAccess(decision);
  if (changed) connection.sendSession();
}

function roleChanged(connection: CollabConnection, access: DraftAccess): boolean {
  return connection.actor.role !== access.role || connection.actor.delegationId !== access.delegationId;
}
