import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';

/** Whether the account holds the instance administrator right (read from the database on each call, never from the session). */
export async function isAdministrator({ db, userId }: { db: DbExecutor; userId: string }): Promise<boolean> {
  const [row] = await db.select({ isAdministrator: users.isAdministrator }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.isAdministrator === true;
}
