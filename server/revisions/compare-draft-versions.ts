import { englishOf, say } from '@/lib/i18n/server-sentences';
import { compareDrafts, type DraftComparison } from '@/lib/negotiation/compare';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { DbExecutor } from '@/server/db/client';
import { listDelegations } from '@/server/meetings/list-delegations';
import type { RevisionSummary } from '@/lib/revisions/revision-summary';
import { loadDraftVersion, type DraftVersionRef } from './load-draft-version';

export interface DraftVersionComparison {
  from: { ref: DraftVersionRef; name: string; revision: RevisionSummary | null };
  to: { ref: DraftVersionRef; name: string; revision: RevisionSummary | null };
  comparison: DraftComparison;
}

export interface ComparisonWords {
  chair: string;
  unknownDelegation: string;
}

const ENGLISH_WORDS: ComparisonWords = {
  chair: englishOf(say('server.revisions.chair', {})),
  unknownDelegation: englishOf(say('server.revisions.unknownDelegation', {})),
};

/** Compares two versions of a draft ("current" or revision ids), attributions by delegation name. */
export async function compareDraftVersions({
  db,
  draftId,
  meetingId,
  from,
  to,
  words = ENGLISH_WORDS,
}: {
  db: DbExecutor;
  draftId: string;
  meetingId: string;
  from: DraftVersionRef;
  to: DraftVersionRef;
  /** The reader's words for the chair and a delegation no longer known; the API answers in English. */
  words?: ComparisonWords;
}): Promise<DraftVersionComparison> {
  const [before, after, delegations] = await Promise.all([
    loadDraftVersion({ db, draftId, ref: from }),
    loadDraftVersion({ db, draftId, ref: to }),
    listDelegations({ db, meetingId }),
  ]);
  try {
    const byId = new Map(delegations.map((delegation) => [delegation.id, delegation.name]));
    const names = (id: string) => (id === CHAIR_DELEGATION ? words.chair : (byId.get(id) ?? words.unknownDelegation));
    return {
      from: { ref: from, name: before.name, revision: before.revision },
      to: { ref: to, name: after.name, revision: after.revision },
      comparison: compareDrafts(before.doc, after.doc, { names }),
    };
  } finally {
    before.doc.destroy();
    after.doc.destroy();
  }
}
