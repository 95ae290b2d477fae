import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import type { Locale } from '@/lib/i18n/locales';

/** Remembers the user's interface language, so every browser they sign in on shows it. */
export async function setUserLocale({ db, userId, locale }: { db: DbExecutor; userId: string; locale: Locale }): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}
