import { inArray } from 'drizzle-orm';
import { getLabel, getParagraph } from '@/lib/negotiation/draft-doc';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { listAuditEvents } from '@/server/audit/list-audit-events';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { loadDraftDoc } from '@/server/drafts/load-draft-doc';
import { listDelegations } from '@/server/meetings/list-delegations';
import { chairName, formerParticipant, systemName, unknownDelegationName } from '@/lib/i18n/made-up-names';
import { englishOf, say } from '@/lib/i18n/server-sentences';
import { historySentence } from './describe-history-event';
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
    const delegationOf = (id: string) => {
      if (id === CHAIR_DELEGATION) return { id, ...chairName() };
      const name = delegationName.get(id);
      return name === undefined ? { id, ...unknownDelegationName() } : { id, name };
    };
    const userOf = (id: string | null) => {
      if (!id) return { id, ...systemName() };
      const name = userName.get(id);
      return name === undefined ? { id, ...formerParticipant() } : { id, name };
    };
    const paragraphOf = (id: string, details: Record<string, unknown>) => {
      const paragraph = getParagraph(doc, id);
      if (paragraph) return { id, label: getLabel(paragraph) };
      const said = typeof details.label === 'string' ? say('server.history.removedLabel', { label: details.label }) : say('server.history.removedParagraph', {});
      return { id, label: englishOf(said), said };
    };
    return events.map((event) => {
      const sentence = historySentence(event.action, event.details);
      return {
        id: event.id,
        at: event.at,
        action: event.action,
        summary: englishOf(sentence),
        sentence,
        user: userOf(event.userId),
        delegation: event.delegationId ? delegationOf(event.delegationId) : null,
        paragraph: event.paragraphId ? paragraphOf(event.paragraphId, event.details) : null,
        proposalId: event.proposalId,
        details: event.details,
      };
    });
  } finally {
    doc.destroy();
  }
}
