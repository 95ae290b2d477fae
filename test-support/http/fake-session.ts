import type { SessionUser } from '@/server/auth/get-session-user';

/**
 * Stands in for the next-auth session in route-handler tests, which run outside Next's request
 * scope (where getServerSession reads the cookie). A test file replaces the real module with
 * `vi.mock('@/server/auth/get-session-user', () => import('./fake-session'))`
 * and chooses who is signed in with signInAs. Everything else (handlers, database) is real.
 */
const KEY = Symbol.for('concord.test.session');
type GlobalWithSession = typeof globalThis & { [KEY]?: SessionUser | null };

export type { SessionUser };

export function signInAs(user: SessionUser | null): void {
  (globalThis as GlobalWithSession)[KEY] = user;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  return (globalThis as GlobalWithSession)[KEY] ?? null;
}
