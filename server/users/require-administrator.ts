import type { DbExecutor } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
import { isAdministrator } from './is-administrator';
import { englishOf, say } from '@/lib/i18n/server-sentences';

const ADMINISTRATORS_ONLY_SENTENCE = say('server.http.administratorsOnly', {});
export const ADMINISTRATORS_ONLY = englishOf(ADMINISTRATORS_ONLY_SENTENCE);

/** Refuses (403) anyone who is not an instance administrator: creating meetings and restoring backups. */
export async function requireAdministrator({ db, userId }: { db: DbExecutor; userId: string }): Promise<void> {
  if (!(await isAdministrator({ db, userId }))) throw new AppError('forbidden', ADMINISTRATORS_ONLY_SENTENCE);
}
