import type { DbExecutor } from '@/server/db/client';
import { users, type User } from '@/server/db/schema';
import { normaliseEmail } from './normalise-email';
import { hashPassword } from './hash-password';

/**
 * Creates a user with a hashed password. Throws on a duplicate email (unique index). An account
 * created by a meeting's secretariat names that meeting and must choose its own password first.
 */
export async function createUser({
  db,
  email,
  name,
  password,
  passwordHash,
  createdInMeetingId = null,
}: {
  db: DbExecutor;
  email: string;
  name: string;
  /** Hashed here; or `passwordHash`, already hashed (the demo accounts share one password and one hash). */
  password?: string;
  passwordHash?: string;
  createdInMeetingId?: string | null;
}): Promise<User> {
  if (password === undefined && passwordHash === undefined) throw new Error(`user ${email} needs a password`);
  const [user] = await db
    .insert(users)
    .values({
      email: normaliseEmail(email),
      name,
      passwordHash: passwordHash ?? (await hashPassword(password ?? '')),
      mustChangePassword: createdInMeetingId !== null,
      createdInMeetingId,
    })
    .returning();
  if (!user) throw new Error(`user ${email} was not created`);
  return user;
}
