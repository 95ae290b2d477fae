import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users, type User } from '@/server/db/schema';
import { normaliseEmail } from './normalise-email';

export async function findUserByEmail({ db, email }: { db: DbExecutor; email: string }): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.email, normaliseEmail(email))).limit(1);
  return user ?? null;
}
