import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { AppError } from '@/server/http/app-error';
import { hashPassword } from './hash-password';
import type { NewPasswordFields } from './new-password-input';
import { verifyPassword } from './verify-password';
import { say } from '@/lib/i18n/server-sentences';

/**
 * The owner of an account sets its password, which ends the one-time password a secretariat
 * saw. The current password is asked again so that a session left open on a shared screen is
 * not enough to take the account.
 */
export async function changeOwnPassword({ db, userId, fields }: { db: DbExecutor; userId: string; fields: NewPasswordFields }): Promise<void> {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new AppError('unauthorized', say('server.account.noAccount', {}));
  if (!(await verifyPassword(fields.currentPassword, user.passwordHash))) {
    throw new AppError('bad_request', say('server.account.wrongPassword', {}));
  }
  const passwordHash = await hashPassword(fields.newPassword);
  await db.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, userId));
}
