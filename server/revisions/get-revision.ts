import { formerParticipant } from '@/lib/i18n/made-up-names';
import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { revisions, users } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import type { RevisionSummary } from '@/lib/revisions/revision-summary';

export interface RevisionWithState extends RevisionSummary {
  /** The complete Yjs state of the draft when the revision was taken (one update). */
  state: Uint8Array;
}

/** One revision of the draft, with its state; null when there is no such revision of this draft. */
export async function getRevision({
  db,
  draftId,
  revisionId,
}: {
  db: DbExecutor;
  draftId: string;
  revisionId: string;
}): Promise<RevisionWithState | null> {
  if (!isUuid(revisionId)) return null;
  const [row] = await db
    .select({ revision: revisions, creatorName: users.name })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.createdBy))
    .where(and(eq(revisions.id, revisionId), eq(revisions.draftId, draftId)))
    .limit(1);
  if (!row) return null;
  const { revision } = row;
  return {
    id: revision.id,
    draftId: revision.draftId,
    name: revision.name,
    note: revision.note,
    createdAt: revision.createdAt,
    createdBy: { id: revision.createdBy, ...(row.creatorName === null ? formerParticipant() : { name: row.creatorName }) },
    state: revision.state,
  };
}
