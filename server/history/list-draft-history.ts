import { inArray } from 'drizzle-orm';
import { getLabel, getParagraph } from '@/lib/negotiation/draft-doc';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { listAuditEvents } from '@/server/audit/list-audit-events';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { listDelegations } from '@/server/meetings/list-delegations';
import { describeHistoryEvent } from './describe-history-event';
import type { HistoryEntry } from '@/lib/history/history-entry';

/** Audit events kept per page; the log itself is never truncated. */
const HISTORY_LIMIT = 5_000;

/**
 * The draft's history, newest first, read from the audit log: who, for which delegation, did
 * what, to which paragraph, when. Optionally for one paragraph or one delegation.
 */
export async function listDraftHistory({
  db,
  draftId,
  meetingId,
  paragraphId,
  delegationId,
}: {
  db: DbExecutor;
  draftId: string;
  meetingId: string;
  paragraphId?: string;
  delegationId?: string;
}): Promise<HistoryEntry[]> {
  const events = await listAuditEvents({ db, draftId, paragraphId, delegationId, limit: HISTORY_LIMIT, order: 'desc' });
  const userIds = [...new Set(events.flatMap((event) => (event.userId ? [event.userId] : [])))];
  const [people, delegations, { doc }] = await Promise.all([
    userIds.length > 0 ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)) : [],
    listDelegations({ db, meetingId }),
    loadDraftDoc({ db, draftId }),
  ]);
  try {
    const userName = new Map(people.map((person) => [person.id, person.name]));
    const delegationName = new Map(delegations.map((delegation) => [delegation.id, delegation.name]));
    const nameOf = (id: string) => (id === CHAIR_DELEGATION ? 'Chair' : (delegationName.get(id) ?? 'Unknown delegation'));
    const labelOf = (id: string, details: Record<string, unknown>) => {
      const paragraph = getParagraph(doc, id);
      if (paragraph) return getLabel(paragraph);
      return typeof details.label === 'string' ? `${details.label} (removed)` : 'removed paragraph';
    };
    return events.map((event) => ({
      id: event.id,
      at: event.at,
      action: event.action,
      summary: describeHistoryEvent(event.action, event.details),
      user: { id: event.userId, name: event.userId ? (userName.get(event.userId) ?? 'Former participant') : 'System' },
      delegation: event.delegationId ? { id: event.delegationId, name: nameOf(event.delegationId) } : null,
      paragraph: event.paragraphId ? { id: event.paragraphId, label: labelOf(event.paragraphId, event.details) } : null,
      proposalId: event.proposalId,
      details: event.details,
    }));
  } finally {
    doc.destroy();
  }
}
