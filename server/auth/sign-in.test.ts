import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { createDb, setDb, type DbHandle } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { TEST_ORIGIN, useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { newMeeting } from '@/test-support/setup/setup-test-kit';
import { createUser } from '@/server/users/create-user';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { signInThrottle } from '@/server/db/schema';

/**
 * next-auth's own route handler, with the real authorize() and PostgreSQL. Outside Next there is
 * no request scope for next/headers (which next-auth loads with require), so its two functions
 * are pointed at the request being handled.
 */
const scope = new AsyncLocalStorage<Request>();
const nextHeaders = createRequire(import.meta.url)('next/headers') as Record<string, unknown>;
nextHeaders.headers = async () => new Headers(scope.getStore()?.headers);
nextHeaders.cookies = async () => ({
  getAll: () =>
    (scope.getStore()?.headers.get('cookie') ?? '')
      .split(';')
      .map((pair) => pair.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => ({ name, value: decodeURIComponent(value.join('=')) })),
});

let database: TestDatabase;
let handle: DbHandle;
let nextAuth: (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
  process.env.NEXTAUTH_SECRET = 'a-test-secret-of-sufficient-length-0123456789';
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  await createUser({ db: database.db, email: 'mexico@signin.test', name: 'Delegate of Mexico', password: 'the-right-password' });
  nextAuth = (await import('@/app/api/auth/[...nextauth]/route')).POST as typeof nextAuth;
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

// Production's throttle, kept in PostgreSQL; each test starts with no failures counted.
beforeEach(async () => {
  await database.db.delete(signInThrottle);
});

async function call(path: string[], init: { method: string; body?: string; cookie?: string; address?: string }): Promise<Response> {
  const headers = new Headers({ host: new URL(TEST_ORIGIN).host, [CLIENT_ADDRESS_HEADER]: init.address ?? '10.0.0.1' });
  if (init.cookie) headers.set('cookie', init.cookie);
  if (init.body) headers.set('content-type', 'application/x-www-form-urlencoded');
  const request = new NextRequest(`${TEST_ORIGIN}/api/auth/${path.join('/')}`, { method: init.method, headers, body: init.body });
  return scope.run(request, () => nextAuth(request, { params: Promise.resolve({ nextauth: path }) }));
}

/** Signs in through next-auth's credentials callback and returns the error it redirects with (null: signed in). */
async function signIn(email: string, password: string, address?: string): Promise<string | null> {
  return (await signInWithCookies(email, password, address)).error;
}

async function signInWithCookies(email: string, password: string, address?: string): Promise<{ error: string | null; cookie: string }> {
  const csrf = await call(['csrf'], { method: 'GET', address });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = (csrf.headers.getSetCookie?.() ?? []).map((value) => value.split(';')[0]).join('; ');
  const body = new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: `${TEST_ORIGIN}/meetings` }).toString();
  const response = await call(['callback', 'credentials'], { method: 'POST', body, cookie, address });
  const text = await response.text();
  const { url } = JSON.parse(text) as { url: string };
  const session = (response.headers.getSetCookie?.() ?? []).map((value) => value.split(';')[0]).join('; ');
  return { error: new URL(url).searchParams.get('error'), cookie: [cookie, session].filter(Boolean).join('; ') };
}

describe('signing in', () => {
  it('signs in with the right password', async () => {
    expect(await signIn('mexico@signin.test', 'the-right-password')).toBeNull();
  });

  it('carries "must choose a password" in the session of an account a secretariat created, and not otherwise', async () => {
    const { meetingId } = await newMeeting(database.db);
    await createUser({ db: database.db, email: 'new@signin.test', name: 'New delegate', password: 'one-time-password', createdInMeetingId: meetingId });
    const created = await signInWithCookies('new@signin.test', 'one-time-password', '10.3.0.1');
    expect(created.error).toBeNull();
    const session = await call(['session'], { method: 'GET', cookie: created.cookie, address: '10.3.0.1' });
    expect((await session.json()).user).toMatchObject({ email: 'new@signin.test', mustChangePassword: true });
    const own = await signInWithCookies('mexico@signin.test', 'the-right-password', '10.3.0.2');
    const ownSession = await call(['session'], { method: 'GET', cookie: own.cookie, address: '10.3.0.2' });
    expect((await ownSession.json()).user).toMatchObject({ email: 'mexico@signin.test', mustChangePassword: false });
  });

  it('counts 40 concurrent wrong guesses from one address before checking any: only the free ones are checked', async () => {
    const errors = await Promise.all(Array.from({ length: 40 }, () => signIn('mexico@signin.test', 'a-wrong-guess')));
    expect(errors.filter((error) => error === 'The email or password is not correct.')).toHaveLength(5);
    expect(errors.filter((error) => error?.startsWith('Too many failed sign-ins'))).toHaveLength(35);
  });

  it('counts guesses at one account from many addresses against the account', async () => {
    const errors = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn('mexico@signin.test', 'a-wrong-guess', `10.1.0.${i}`)));
    expect(errors.filter((error) => error?.startsWith('Too many failed sign-ins'))).toHaveLength(15);
    expect(await signIn('someone-else@signin.test', 'a-wrong-guess', '10.1.0.99')).toBe('The email or password is not correct.');
  });

  it('answers a generic sentence, never the SQL, while the database is down', async () => {
    const down = createDb('postgres://nobody:nothing@127.0.0.1:1/concord', { max: 1 });
    setDb(down);
    try {
      const error = await signIn('mexico@signin.test', 'the-right-password', '10.2.0.1');
      expect(error).toBe('The service is unavailable; try again shortly.');
    } finally {
      setDb(handle);
      await down.close();
    }
  });
});
