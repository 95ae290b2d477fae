import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguageAction } from '@/app/language/actions';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import type { DbHandle } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { seedDemoMeeting } from '@/server/db/seed';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { signInAs } from '@/test-support/http/fake-session';
import { useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { getUserLocale } from '@/server/users/get-user-locale';
import { resolveLocale } from './resolve-locale';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));

// The request's cookies and headers, as Next would give them to the action and to the page.
const jar = new Map<string, string>();
let acceptLanguage: string | null = null;
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => new Headers(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
}));

let database: TestDatabase;
let handle: DbHandle;

beforeAll(async () => {
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  await seedDemoMeeting(database.db);
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

beforeEach(() => {
  jar.clear();
  acceptLanguage = null;
  signInAs(null);
});

async function demoUser(email: string) {
  const [user] = await database.db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo user ${email}`);
  return { id: user.id, name: user.name, email: user.email };
}

function choose(locale: string): FormData {
  const form = new FormData();
  form.set('locale', locale);
  return form;
}

describe('the interface language', () => {
  it('follows the browser until someone chooses', async () => {
    acceptLanguage = 'ru-RU,ru;q=0.9,en;q=0.5';
    expect(await resolveLocale()).toBe('ru');
  });

  it('before sign-in, is kept in a cookie only', async () => {
    await chooseLanguageAction(choose('ar'));
    expect(jar.get(LOCALE_COOKIE)).toBe('ar');
    acceptLanguage = 'fr';
    expect(await resolveLocale()).toBe('ar');
  });

  it('signed in, is kept on the account and wins over the cookie and the browser', async () => {
    const chair = await demoUser('chair@concord.test');
    signInAs(chair);
    await chooseLanguageAction(choose('zh'));
    expect(await getUserLocale({ db: database.db, userId: chair.id })).toBe('zh');
    jar.set(LOCALE_COOKIE, 'es');
    acceptLanguage = 'fr';
    expect(await resolveLocale()).toBe('zh');
  });

  it('ignores a language that is not one of the six, changing nothing', async () => {
    const mexico = await demoUser('mexico@concord.test');
    signInAs(mexico);
    await chooseLanguageAction(choose('de'));
    expect(jar.has(LOCALE_COOKIE)).toBe(false);
    expect(await getUserLocale({ db: database.db, userId: mexico.id })).toBeNull();
    expect(await resolveLocale()).toBe('en');
  });
});
