import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { drafts, type Draft } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';

export async function getDraft({ db, draftId }: { db: DbExecutor; draftId: string }): Promise<Draft | null> {
  if (!isUuid(draftId)) return null;
  const [draft] = await db.select().from(drafts).where(eq(drafts.id, draftId)).limit(1);
  return draft ?? null;
}
