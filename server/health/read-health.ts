import { sql } from 'drizzle-orm';
import type { Database } from '@/server/db/client';
import { readCollabHealth, type CollabHealth } from '@/server/collab/process-hooks';

export interface Health {
  ok: boolean;
  database: 'up' | 'down';
  redis: CollabHealth['redis'] | 'unknown';
  rooms: number;
  connections: number;
}

/** Longer than any healthy round trip; short enough for a load balancer's probe. */
const DATABASE_PROBE_MS = 2_000;

async function probeDatabase(db: Database): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'down'>((resolve) => {
    timer = setTimeout(() => resolve('down'), DATABASE_PROBE_MS);
  });
  const probe = db.execute(sql`select 1`).then(
    () => 'up' as const,
    () => 'down' as const,
  );
  const result = await Promise.race([probe, timeout]);
  clearTimeout(timer);
  return result;
}

/**
 * What a load balancer needs to know: whether this instance can store edits (the database),
 * whether it hears the other instances (Redis), and how much it holds. A database that is down
 * makes the instance unhealthy; Redis down does not (it keeps serving its own connections).
 */
export async function readHealth({ db }: { db: Database }): Promise<Health> {
  const database = await probeDatabase(db);
  const collab = readCollabHealth();
  return {
    ok: database === 'up',
    database,
    redis: collab?.redis ?? 'unknown',
    rooms: collab?.rooms ?? 0,
    connections: collab?.connections ?? 0,
  };
}
