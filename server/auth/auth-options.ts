import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/server/db/client';
import { authorizeCredentials } from './authorize-credentials';
import { isPasswordChangeRequired } from './password-change-required';

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
      authorize(credentials, req) {
        return authorizeCredentials({ credentials, headers: req?.headers });
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.name;
        token.mustChangePassword = user.mustChangePassword === true;
      } else if (token.mustChangePassword && token.sub) {
        // Only flagged sessions pay for this read: once the owner has chosen a password, the next
        // session refresh (the page calls it right after) clears the flag the websocket checks.
        token.mustChangePassword = await isPasswordChangeRequired({ db: getDb(), userId: token.sub }).catch(() => true);
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.mustChangePassword = token.mustChangePassword === true;
      }
      return session;
    },
  },
};
