import { z } from 'zod';
import { getDb } from '@/server/db/client';
import { findUserByEmail } from '@/server/users/find-user-by-email';
import { verifyPassword } from '@/server/users/verify-password';
import { clientAddress, type HeaderBag } from './client-address';
import { databaseLoginThrottle } from './database-login-throttle';
import { getLoginThrottle } from './login-throttle';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

/** The sentences a failed sign-in may show; next-auth puts the thrown message in the redirect URL. */
export const SIGN_IN_ERRORS = {
  invalid: 'The email or password is not correct.',
  throttled: 'Too many failed sign-ins from this address or for this account. Please wait a moment and try again.',
  unavailable: 'The service is unavailable; try again shortly.',
} as const;

class SignInRefusal extends Error {}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  /** The account still has a one-time password a secretariat saw; carried in the session. */
  mustChangePassword: boolean;
}

/**
 * Checks an email and password for next-auth's credentials sign-in. The attempt is counted against
 * the client address and the account before the (asynchronous) password check, so concurrent
 * guesses are throttled as if sent one by one. Throws only the sentences above: any unexpected
 * error (the database down, say) becomes "unavailable", so no SQL or stack reaches the URL.
 */
export async function authorizeCredentials({ credentials, headers }: { credentials: unknown; headers: HeaderBag }): Promise<SignedInUser> {
  try {
    return await check(credentials, headers);
  } catch (error) {
    if (error instanceof SignInRefusal) throw error;
    console.error('[auth] sign-in failed unexpectedly:', error);
    throw new SignInRefusal(SIGN_IN_ERRORS.unavailable);
  }
}

async function check(credentials: unknown, headers: HeaderBag): Promise<SignedInUser> {
  const parsed = credentialsSchema.safeParse(credentials);
  const keys = [`address:${clientAddress(headers)}`];
  if (parsed.success) keys.push(`account:${parsed.data.email}`);
  const throttle = getLoginThrottle(() => databaseLoginThrottle(getDb()));
  if ((await throttle.begin(keys)) > 0) throw new SignInRefusal(SIGN_IN_ERRORS.throttled);
  if (!parsed.success) throw new SignInRefusal(SIGN_IN_ERRORS.invalid);
  const user = await findUserByEmail({ db: getDb(), email: parsed.data.email });
  const valid = user ? await verifyPassword(parsed.data.password, user.passwordHash) : false;
  if (!user || !valid) throw new SignInRefusal(SIGN_IN_ERRORS.invalid);
  await throttle.succeed(keys);
  return { id: user.id, name: user.name, email: user.email, mustChangePassword: user.mustChangePassword };
}
