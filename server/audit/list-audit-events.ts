import { and, asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { auditEvents, type AuditEvent } from '@/server/db/schema';

/** A draft's audit trail in the order it happened, optionally for one paragraph or delegation. */
export async function listAuditEvents({
  db,
  draftId,
  paragraphId,
  delegationId,
  limit = 1000,
}: {
  db: DbExecutor;
  draftId: string;
  paragraphId?: string;
  delegationId?: string;
  limit?: number;
}): Promise<AuditEvent[]> {
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.draftId, draftId),
        paragraphId === undefined ? undefined : eq(auditEvents.paragraphId, paragraphId),
        delegationId === undefined ? undefined : eq(auditEvents.delegationId, delegationId),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(limit);
}
