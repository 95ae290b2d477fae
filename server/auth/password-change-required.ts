import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { AppError } from '@/server/http/app-error';
import { englishOf, say } from '@/lib/i18n/server-sentences';

/** Where a person with a one-time password chooses their own. */
export const CHOOSE_PASSWORD_PATH = '/account/password';

const PASSWORD_CHANGE_REQUIRED_SENTENCE = say('server.http.passwordChangeRequired', {});
export const PASSWORD_CHANGE_REQUIRED = englishOf(PASSWORD_CHANGE_REQUIRED_SENTENCE);

/** True while the account still has a one-time password, read fresh from the database. */
export async function isPasswordChangeRequired({ db, userId }: { db: DbExecutor; userId: string }): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const [row] = await db.select({ flag: users.mustChangePassword }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.flag ?? false;
}

/**
 * Refuses everything but choosing a password while the account has a one-time password. Read
 * from the database, not the session, so that a session from before a reset is held too.
 */
export async function refuseWhilePasswordChangeRequired({ db, userId }: { db: DbExecutor; userId: string }): Promise<void> {
  if (await isPasswordChangeRequired({ db, userId })) throw new AppError('password_change_required', PASSWORD_CHANGE_REQUIRED_SENTENCE);
}
