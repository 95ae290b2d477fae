import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { memberships } from '@/server/db/schema';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Refuses to leave a meeting without a secretariat member: nobody could then set it up. Locks
 * the secretariat rows so two officers demoting each other at once cannot both succeed.
 */
export async function keepASecretariat({ db, meetingId, leavingUserId }: { db: DbExecutor; meetingId: string; leavingUserId: string }): Promise<void> {
  const secretariat = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.meetingId, meetingId), eq(memberships.role, 'secretariat')))
    .for('update');
  const remaining = secretariat.filter((member) => member.userId !== leavingUserId);
  if (secretariat.some((member) => member.userId === leavingUserId) && remaining.length === 0) {
    throw new AppError('conflict', say('server.setup.keepSecretariat', {}));
  }
}
