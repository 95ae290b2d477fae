import { getDb } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
import { getSessionUser, type SessionUser } from './get-session-user';
import { refuseWhilePasswordChangeRequired } from './password-change-required';
import type { ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * The signed-in user of a route handler or server action: refused without a session
 * (`signInMessage`), and refused while the account must still choose its own password.
 */
export async function requireSessionUser({ signInMessage }: { signInMessage: string | ServerSentence }): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError('unauthorized', signInMessage);
  await refuseWhilePasswordChangeRequired({ db: getDb(), userId: user.id });
  return user;
}
