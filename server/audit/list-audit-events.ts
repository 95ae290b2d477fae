import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { auditEvents, type AuditEvent } from '@/server/db/schema';

/**
 * A draft's audit trail, optionally for one paragraph or delegation: in the order it happened,
 * or newest first (`order: 'desc'`), so that a limited page always holds the latest events.
 */
export async function listAuditEvents({
  db,
  draftId,
  paragraphId,
  delegationId,
  limit = 1000,
  order = 'asc',
}: {
  db: DbExecutor;
  draftId: string;
  paragraphId?: string;
  delegationId?: string;
  limit?: number;
  order?: 'asc' | 'desc';
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
    .orderBy(order === 'asc' ? asc(auditEvents.id) : desc(auditEvents.id))
    .limit(limit);
}
