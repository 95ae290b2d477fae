import type { DbExecutor } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
import { isAdministrator } from './is-administrator';

export const ADMINISTRATORS_ONLY = 'Only an instance administrator can create meetings and restore backups. Ask the secretariat that runs this Concord instance.';

/** Refuses (403) anyone who is not an instance administrator: creating meetings and restoring backups. */
export async function requireAdministrator({ db, userId }: { db: DbExecutor; userId: string }): Promise<void> {
  if (!(await isAdministrator({ db, userId }))) throw new AppError('forbidden', ADMINISTRATORS_ONLY);
}
