import type { IncomingMessage } from 'node:http';
import { getToken } from 'next-auth/jwt';
import type { AuthenticatedUser } from './collab-types';
import { verifyCollabToken } from './collab-token';

type GetTokenRequest = Parameters<typeof getToken>[0]['req'];

/** next-auth v4 uses the `__Secure-` prefixed name when NEXTAUTH_URL is https. */
const SESSION_COOKIES = [
  { cookieName: 'next-auth.session-token', secureCookie: false },
  { cookieName: '__Secure-next-auth.session-token', secureCookie: true },
] as const;

/**
 * Authenticates a websocket upgrade: a `?token=` collab token (bots, benchmarks) or the
 * next-auth session cookie. getToken() reads `req.cookies`, which a raw upgrade request does
 * not have (next-auth v4 then returns null), so the Cookie header is parsed here and handed over.
 */
export function createSessionAuthenticator(secret: string): (req: IncomingMessage) => Promise<AuthenticatedUser | null> {
  return async (req) => {
    const token = tokenFromQuery(req);
    if (token !== null) {
      const claims = verifyCollabToken(secret, token);
      return claims ? { userId: claims.userId, name: claims.name } : null;
    }
    const cookies = parseCookieHeader(req.headers.cookie);
    const request = { headers: req.headers, cookies } as unknown as GetTokenRequest;
    for (const { cookieName, secureCookie } of SESSION_COOKIES) {
      if (!Object.keys(cookies).some((name) => name.startsWith(cookieName))) continue;
      const jwt = await getToken({ req: request, secret, cookieName, secureCookie });
      // Until its owner has chosen a password, an account may only do that: the one-time password
      // was seen by a secretariat. Admission refuses it (4401) with a reason saying so.
      const name = typeof jwt?.name === 'string' ? jwt.name : '';
      if (jwt?.sub && jwt.mustChangePassword === true) return { userId: jwt.sub, name, mustChangePassword: true };
      if (jwt?.sub) return { userId: jwt.sub, name };
    }
    return null;
  };
}

function tokenFromQuery(req: IncomingMessage): string | null {
  try {
    return new URL(req.url ?? '', 'http://collab.invalid').searchParams.get('token');
  } catch {
    return null;
  }
}

/** Cookie header → {name: value}. Later duplicates do not override earlier ones (RFC 6265 order). */
export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (!name || Object.hasOwn(cookies, name)) continue;
    let value = part.slice(index + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}
