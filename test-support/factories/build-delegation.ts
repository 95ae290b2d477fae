import type { Database } from '@/server/db/client';
import { delegations } from '@/server/db/schema';

export type DelegationRow = typeof delegations.$inferSelect;

/** Inserts a delegation of `meetingId`; its short name defaults to the name's first three letters. */
export async function buildDelegation(
  db: Database,
  overrides: Partial<typeof delegations.$inferInsert> & { meetingId: string; name: string },
): Promise<DelegationRow> {
  const [row] = await db
    .insert(delegations)
    .values({ shortName: overrides.name.slice(0, 3).toUpperCase(), kind: 'state_party', ...overrides })
    .returning();
  if (!row) throw new Error(`delegation ${overrides.name} not inserted`);
  return row;
}
