import { and, asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { delegations, type Delegation } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';

/**
 * The meeting's delegations in alphabetical order (as a CRP lists them). Retired delegations are
 * included by default so that old attributions still resolve to a name.
 */
export async function listDelegations({
  db,
  meetingId,
  includeRetired = true,
}: {
  db: DbExecutor;
  meetingId: string;
  includeRetired?: boolean;
}): Promise<Delegation[]> {
  if (!isUuid(meetingId)) return [];
  return db
    .select()
    .from(delegations)
    .where(and(eq(delegations.meetingId, meetingId), includeRetired ? undefined : eq(delegations.retired, false)))
    .orderBy(asc(delegations.name));
}
