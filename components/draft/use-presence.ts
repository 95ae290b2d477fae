'use client';

import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export interface PresenceUser {
  clientId: number;
  name: string;
  color: string;
  role: string;
  delegation: string | null;
}

interface LocalUser {
  name: string;
  color: string;
  role: string;
  delegation: string | null;
}

/** Publishes this user in awareness (carets read `user`) and lists everyone connected. */
export function usePresence(provider: WebsocketProvider | null, local: LocalUser): PresenceUser[] {
  const [people, setPeople] = useState<PresenceUser[]>([]);
  const { name, color, role, delegation } = local;

  useEffect(() => {
    provider?.awareness.setLocalStateField('user', { name, color, role, delegation });
  }, [provider, name, color, role, delegation]);

  useEffect(() => {
    if (!provider) return;
    const awareness = provider.awareness;
    const refresh = () => {
      const list: PresenceUser[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user = (state as { user?: Partial<LocalUser> }).user;
        if (!user?.name) return;
        list.push({
          clientId,
          name: String(user.name),
          color: String(user.color ?? '#37474f'),
          role: String(user.role ?? ''),
          delegation: user.delegation ? String(user.delegation) : null,
        });
      });
      list.sort((a, b) => (a.delegation ?? a.role).localeCompare(b.delegation ?? b.role) || a.name.localeCompare(b.name));
      setPeople(list);
    };
    awareness.on('change', refresh);
    refresh();
    return () => awareness.off('change', refresh);
  }, [provider]);

  return people;
}
