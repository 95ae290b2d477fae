'use server';

import { getSessionUser } from '@/server/auth/get-session-user';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/http/app-error';
import type { SetupActionState } from '@/lib/setup/setup-action-state';
import { changeOwnPassword } from '@/server/users/change-own-password';
import { newPasswordInput } from '@/server/users/new-password-input';

/**
 * The one action an account with a one-time password may take (so it asks for a session only,
 * not for a chosen password): the owner sets their own.
 */
export async function choosePasswordAction(_previous: SetupActionState, form: FormData): Promise<SetupActionState> {
  const at = Date.now();
  const user = await getSessionUser();
  if (!user) return { status: 'error', message: 'Your session has ended. Sign in again.', at };
  const parsed = newPasswordInput.safeParse({
    currentPassword: form.get('currentPassword') ?? '',
    newPassword: form.get('newPassword') ?? '',
    confirmPassword: form.get('confirmPassword') ?? '',
  });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Some fields are not valid.', at };
  try {
    await changeOwnPassword({ db: getDb(), userId: user.id, fields: parsed.data });
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: error.userMessage, at };
    console.error('[account] could not change a password:', error);
    return { status: 'error', message: 'Something went wrong on the server. Your password was not changed.', at };
  }
  return { status: 'ok', message: 'Your password is saved. From now on, sign in with it.', at };
}
