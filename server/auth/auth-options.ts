import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/server/db/client';
import { findUserByEmail } from '@/server/users/find-user-by-email';
import { verifyPassword } from '@/server/users/verify-password';
import { getLoginThrottle } from './login-throttle';
import { clientAddress } from './client-address';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export const SIGN_IN_ERRORS = {
  invalid: 'The email or password is not correct.',
  throttled: 'Too many failed sign-ins from this address. Please wait a moment and try again.',
} as const;

/** Session lifetime: one working week of a meeting, so a delegate is not signed out mid-session. */
const SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const address = clientAddress(req?.headers);
        const throttle = getLoginThrottle();
        if (throttle.retryAfterMs(address) > 0) throw new Error(SIGN_IN_ERRORS.throttled);
        const parsed = credentialsSchema.safeParse(credentials);
        const user = parsed.success ? await findUserByEmail({ db: getDb(), email: parsed.data.email }) : null;
        const valid = user && parsed.success ? await verifyPassword(parsed.data.password, user.passwordHash) : false;
        if (!user || !valid) {
          throttle.recordFailure(address);
          throw new Error(SIGN_IN_ERRORS.invalid);
        }
        throttle.recordSuccess(address);
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.name;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
