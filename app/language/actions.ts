'use server';

import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { getSessionUser } from '@/server/auth/get-session-user';
import { getDb } from '@/server/db/client';
import { setUserLocale } from '@/server/users/set-user-locale';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Chooses the interface language: in a cookie (so the sign-in page follows it too) and, when
 * signed in, on the account, so every browser its owner uses shows it. Nothing else changes.
 */
export async function chooseLanguageAction(form: FormData): Promise<void> {
  const locale = form.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax', httpOnly: true });
  const user = await getSessionUser();
  if (user) await setUserLocale({ db: getDb(), userId: user.id, locale });
}
