import { randomUUID } from 'node:crypto';
import type { Database } from '@/server/db/client';
import { users } from '@/server/db/schema';

export type UserRow = typeof users.$inferSelect;

/**
 * Inserts a user with a unique email derived from the name. The password hash is a placeholder
 * nobody can sign in with; tests that sign in create users through createUser instead.
 */
export async function buildUser(db: Database, overrides: Partial<typeof users.$inferInsert> & { name: string }): Promise<UserRow> {
  const email = `${overrides.name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.org`;
  const [user] = await db
    .insert(users)
    .values({ email, passwordHash: 'unused', ...overrides })
    .returning();
  if (!user) throw new Error(`user ${overrides.name} not inserted`);
  return user;
}
