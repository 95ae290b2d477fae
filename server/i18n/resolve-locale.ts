import { cookies, headers } from 'next/headers';
import { chooseLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';
import { getSessionUser } from '@/server/auth/get-session-user';
import { getDb } from '@/server/db/client';
import { getUserLocale } from '@/server/users/get-user-locale';

/** The current request's interface language: the user's stored choice, the cookie, then Accept-Language. */
export async function resolveLocale(): Promise<Locale> {
  const [cookieStore, headerList, user] = await Promise.all([cookies(), headers(), getSessionUser()]);
  const stored = user ? await readStoredLocale(user.id) : null;
  return chooseLocale({ stored, cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get('accept-language') });
}

async function readStoredLocale(userId: string): Promise<string | null> {
  try {
    return await getUserLocale({ db: getDb(), userId });
  } catch (error) {
    // The language is a preference: a page must still render (from the cookie) when the read fails.
    console.error('[i18n] could not read the interface language:', error);
    return null;
  }
}
