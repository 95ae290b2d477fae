import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { delegations, type Delegation } from '@/server/db/schema';
import { isUuid } from '@/server/db/uuid';
import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

/** The delegation, which must belong to this meeting (ids from forms are untrusted). */
export async function findDelegation({ db, meetingId, delegationId }: { db: DbExecutor; meetingId: string; delegationId: string }): Promise<Delegation> {
  if (!isUuid(delegationId)) throw new AppError('not_found', say('server.setup.noSuchDelegation', {}));
  const [delegation] = await db
    .select()
    .from(delegations)
    .where(and(eq(delegations.id, delegationId), eq(delegations.meetingId, meetingId)))
    .limit(1);
  if (!delegation) throw new AppError('not_found', say('server.setup.noSuchDelegation', {}));
  return delegation;
}
