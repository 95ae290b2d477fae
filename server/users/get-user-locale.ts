import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';

/** The interface language the user chose, or null when they have not chosen one. */
export async function getUserLocale({ db, userId }: { db: DbExecutor; userId: string }): Promise<string | null> {
  if (!isUuid(userId)) return null;
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.locale ?? null;
}
