import { SERVER_WRITER } from '@/lib/collab/protocol';

/**
 * The owner of each client id read from the update log. Client ids several users (or nobody)
 * wrote with are the server's own or the draft as created: nobody may continue them.
 */
export function resolveLogWriters(writers: ReadonlyMap<number, string | null>): Map<number, string> {
  const bound = new Map<number, string>();
  for (const [client, userId] of writers) bound.set(client, userId ?? SERVER_WRITER);
  return bound;
}
