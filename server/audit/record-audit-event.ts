import type { DbExecutor } from '@/server/db/client';
import { auditEvents, type AuditEvent } from '@/server/db/schema';

export interface AuditEventInput {
  meetingId: string;
  draftId?: string | null;
  paragraphId?: string | null;
  proposalId?: string | null;
  userId?: string | null;
  /** A delegation UUID, CHAIR_DELEGATION, or null. */
  delegationId?: string | null;
  /** Dotted verb, e.g. "proposal.accept", "paragraph.status", "room.focus". */
  action: string;
  details?: Record<string, unknown>;
  at?: Date;
}

export async function recordAuditEvent({ db, event }: { db: DbExecutor; event: AuditEventInput }): Promise<AuditEvent> {
  const [row] = await db
    .insert(auditEvents)
    .values({
      meetingId: event.meetingId,
      draftId: event.draftId ?? null,
      paragraphId: event.paragraphId ?? null,
      proposalId: event.proposalId ?? null,
      userId: event.userId ?? null,
      delegationId: event.delegationId ?? null,
      action: event.action,
      details: event.details ?? {},
      ...(event.at ? { at: event.at } : {}),
    })
    .returning();
  if (!row) throw new Error(`audit event ${event.action} was not recorded`);
  return row;
}
