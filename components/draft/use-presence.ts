'use client';

import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { SessionInfo } from '@/lib/collab/messages';

export interface PresenceUser {
  clientId: number;
  name: string;
  color: string;
  role: string;
  delegationId: string | null;
}

/**
 * Everyone connected to the draft. Identity is read from `session`, which the server stamps on
 * every awareness state from the connection's own sign-in, so nobody can appear as someone else;
 * the caret colour comes from the client's `user` field (set by the caret extension).
 */
export function usePresence(provider: WebsocketProvider | null, self: SessionInfo | null): PresenceUser[] {
  const [people, setPeople] = useState<PresenceUser[]>([]);

  useEffect(() => {
    if (!provider) return;
    const awareness = provider.awareness;
    const refresh = () => {
      const list: PresenceUser[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const session = (state as { session?: Partial<SessionInfo> }).session;
        if (!session?.name) return;
        const user = (state as { user?: { color?: unknown } }).user;
        list.push({
          clientId,
          name: String(session.name),
          color: typeof user?.color === 'string' ? user.color : '#1b1b1b',
          role: String(session.role ?? ''),
          delegationId: session.delegationId ?? null,
        });
      });
      // The server does not echo our own state back; the session message says who we are.
      if (self && !list.some((person) => person.clientId === awareness.clientID)) {
        const own = awareness.getLocalState() as { user?: { color?: unknown } } | null;
        const color = typeof own?.user?.color === 'string' ? own.user.color : '#1b1b1b';
        list.push({ clientId: awareness.clientID, name: self.name, color, role: self.role, delegationId: self.delegationId });
      }
      list.sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
      setPeople(list);
    };
    awareness.on('change', refresh);
    refresh();
    return () => awareness.off('change', refresh);
  }, [provider, self]);

  return people;
}
