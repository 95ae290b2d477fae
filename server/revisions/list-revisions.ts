import { asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { revisions, users } from '@/server/db/schema';
import { formerParticipant } from '@/lib/i18n/made-up-names';
import type { RevisionSummary } from '@/lib/revisions/revision-summary';

/** A draft's revisions, oldest first, without their (large) states. */
export async function listRevisions({ db, draftId }: { db: DbExecutor; draftId: string }): Promise<RevisionSummary[]> {
  const rows = await db
    .select({
      id: revisions.id,
      draftId: revisions.draftId,
      name: revisions.name,
      note: revisions.note,
      createdAt: revisions.createdAt,
      createdBy: revisions.createdBy,
      creatorName: users.name,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.createdBy))
    .where(eq(revisions.draftId, draftId))
    .orderBy(asc(revisions.createdAt), asc(revisions.name));
  return rows.map(({ creatorName, createdBy, ...row }) => ({
    ...row,
    createdBy: { id: createdBy, ...(creatorName === null ? formerParticipant() : { name: creatorName }) },
  }));
}
