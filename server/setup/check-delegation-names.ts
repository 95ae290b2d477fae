import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { delegations } from '@/server/db/schema';
import { AppError } from '@/server/http/app-error';
import type { DelegationFields } from './setup-inputs';
import { say } from '@/lib/i18n/server-sentences';

/**
 * Names and short names identify a delegation in attributions ("(Mexico)") and exports, so two
 * delegations of a meeting may not share either, whatever the capitalisation.
 */
export async function checkDelegationNames({
  db,
  meetingId,
  fields,
  exceptId,
}: {
  db: DbExecutor;
  meetingId: string;
  fields: Pick<DelegationFields, 'name' | 'shortName'>;
  exceptId?: string;
}): Promise<void> {
  const [clash] = await db
    .select({ name: delegations.name, shortName: delegations.shortName })
    .from(delegations)
    .where(
      and(
        eq(delegations.meetingId, meetingId),
        exceptId ? ne(delegations.id, exceptId) : undefined,
        or(sql`lower(${delegations.name}) = lower(${fields.name})`, sql`lower(${delegations.shortName}) = lower(${fields.shortName})`),
      ),
    )
    .limit(1);
  if (!clash) return;
  const same = clash.name.toLowerCase() === fields.name.toLowerCase();
  throw new AppError(
    'conflict',
    same
      ? say('server.setup.line.delegationNameTaken', { name: clash.name })
      : say('server.setup.line.shortNameTaken', { shortName: clash.shortName, name: clash.name }),
  );
}
