import { inArray } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { normaliseEmail } from './normalise-email';

/**
 * Makes the accounts with these emails instance administrators (CONCORD_ADMIN_EMAILS, at start-up),
 * so that an instance started on its own database can name its administrators. Never takes the
 * right away: removing an email from the list is done in the database. Returns how many accounts
 * were found.
 */
export async function grantAdministrators({ db, emails }: { db: DbExecutor; emails: readonly string[] }): Promise<number> {
  const wanted = emails.map(normaliseEmail).filter(Boolean);
  if (wanted.length === 0) return 0;
  const rows = await db.update(users).set({ isAdministrator: true }).where(inArray(users.email, wanted)).returning({ id: users.id });
  return rows.length;
}
