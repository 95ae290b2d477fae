'use server';

import { getSessionUser } from '@/server/auth/get-session-user';
import { getDb } from '@/server/db/client';
import type { SetupActionState } from '@/lib/setup/setup-action-state';
import { changeOwnPassword } from '@/server/users/change-own-password';
import { newPasswordInput } from '@/server/users/new-password-input';
import { wordError } from '@/server/i18n/word-error';
import { say } from '@/lib/i18n/server-sentences';
import { wordSentence } from '@/server/i18n/word-sentence';

/**
 * The one action an account with a one-time password may take (so it asks for a session only,
 * not for a chosen password): the owner sets their own.
 */
export async function choosePasswordAction(_previous: SetupActionState, form: FormData): Promise<SetupActionState> {
  const at = Date.now();
  const user = await getSessionUser();
  if (!user) return { status: 'error', message: await wordSentence({ sentence: say('server.http.sessionEnded', {}) }), at };
  try {
    const fields = newPasswordInput.parse({
      currentPassword: form.get('currentPassword') ?? '',
      newPassword: form.get('newPassword') ?? '',
      confirmPassword: form.get('confirmPassword') ?? '',
    });
    await changeOwnPassword({ db: getDb(), userId: user.id, fields });
  } catch (error) {
    return { status: 'error', message: await wordError({ error }), at };
  }
  return { status: 'ok', message: await wordSentence({ sentence: say('server.account.passwordSaved', {}) }), at };
}
