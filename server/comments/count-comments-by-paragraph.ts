import { and, count, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { comments } from '@/server/db/schema';
import type { CommentCounts } from './comment-view';

/** How many live (not withdrawn) comments each thread of the draft has, replies included. */
export async function countCommentsByParagraph({ db, draftId }: { db: DbExecutor; draftId: string }): Promise<CommentCounts> {
  const rows = await db
    .select({ paragraphId: comments.paragraphId, n: count() })
    .from(comments)
    .where(and(eq(comments.draftId, draftId), isNull(comments.deletedAt)))
    .groupBy(comments.paragraphId);
  const counts: CommentCounts = { general: 0, paragraphs: {} };
  for (const row of rows) {
    if (row.paragraphId === null) counts.general = row.n;
    else counts.paragraphs[row.paragraphId] = row.n;
  }
  return counts;
}
