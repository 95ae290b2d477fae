import { redirect } from 'next/navigation';
import { getDb } from '@/server/db/client';
import { getSessionUser, type SessionUser } from './get-session-user';
import { CHOOSE_PASSWORD_PATH, isPasswordChangeRequired } from './password-change-required';

/**
 * The signed-in user of a page at `path`: without a session, to the sign-in page; with a
 * one-time password still in use, to "Choose your password" first, coming back here after.
 */
export async function requirePageUser(path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (await isPasswordChangeRequired({ db: getDb(), userId: user.id })) {
    redirect(`${CHOOSE_PASSWORD_PATH}?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}
