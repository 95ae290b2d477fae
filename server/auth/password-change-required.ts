import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { AppError } from '@/server/http/app-error';

/** Where a person with a one-time password chooses their own. */
export const CHOOSE_PASSWORD_PATH = '/account/password';

export const PASSWORD_CHANGE_REQUIRED =
  'Choose your own password first: this account still has the one-time password the secretariat gave you. Open /account/password, then try again.';

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
  if (await isPasswordChangeRequired({ db, userId })) throw new AppError('password_change_required', PASSWORD_CHANGE_REQUIRED);
}
