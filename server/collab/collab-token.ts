import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived bearer tokens for the collaboration websocket (`?token=`), for bots and benchmarks
 * that hold no browser session. Format: base64url(JSON {sub, name, exp}) "." base64url(HMAC-SHA256).
 * The HMAC key is derived from the auth secret with a purpose label, so these tokens cannot be
 * confused with any other value signed with the same secret.
 */
const PURPOSE = 'concord.collab-token.v1';

export interface CollabTokenClaims {
  userId: string;
  name: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
}

export function mintCollabToken(secret: string, userId: string, ttlSeconds: number, name = ''): string {
  const exp = Math.floor(Date.now() / 1000) + Math.max(1, Math.floor(ttlSeconds));
  const payload = Buffer.from(JSON.stringify({ sub: userId, name, exp })).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** The token's claims, or null when it is malformed, forged or expired. */
export function verifyCollabToken(secret: string, token: string, nowMs: number = Date.now()): CollabTokenClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, payload), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isClaims(claims) || claims.exp * 1000 <= nowMs) return null;
  return { userId: claims.sub, name: claims.name, exp: claims.exp };
}

function sign(secret: string, payload: string): string {
  const key = createHmac('sha256', secret).update(PURPOSE).digest();
  return createHmac('sha256', key).update(payload).digest('base64url');
}

function isClaims(value: unknown): value is { sub: string; name: string; exp: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { sub, name, exp } = value as Record<string, unknown>;
  return typeof sub === 'string' && sub.length > 0 && typeof name === 'string' && typeof exp === 'number';
}
