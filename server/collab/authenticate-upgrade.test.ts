import type { IncomingMessage } from 'node:http';
import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { createSessionAuthenticator, parseCookieHeader } from './authenticate-upgrade';
import { mintCollabToken, verifyCollabToken } from './collab-token';

const SECRET = 'unit-test-secret-for-collab-authentication';
const USER = '5d0c0f3e-2a7b-4c1d-9e8f-0a1b2c3d4e5f';
const authenticate = createSessionAuthenticator(SECRET);

function upgrade(url: string, cookie?: string): IncomingMessage {
  return { url, headers: cookie ? { cookie } : {} } as IncomingMessage;
}

describe('createSessionAuthenticator', () => {
  it('reads the next-auth session cookie of a raw upgrade request, plain or __Secure-', async () => {
    const jwt = await encode({ token: { sub: USER, name: 'Delegate of Kenya' }, secret: SECRET });
    const expected = { userId: USER, name: 'Delegate of Kenya' };
    expect(await authenticate(upgrade('/collab/draft:x', `a=1; next-auth.session-token=${jwt}`))).toEqual(expected);
    expect(await authenticate(upgrade('/collab/draft:x', `__Secure-next-auth.session-token=${jwt}; b=2`))).toEqual(expected);
  });

  it('refuses a session signed with another secret, and no credentials at all', async () => {
    const jwt = await encode({ token: { sub: USER, name: 'x' }, secret: 'another-secret' });
    expect(await authenticate(upgrade('/collab/draft:x', `next-auth.session-token=${jwt}`))).toBeNull();
    expect(await authenticate(upgrade('/collab/draft:x'))).toBeNull();
  });

  it('accepts a valid ?token= and refuses a forged or expired one', async () => {
    const token = mintCollabToken(SECRET, USER, 60, 'Benchmark bot');
    expect(await authenticate(upgrade(`/collab/draft:x?token=${encodeURIComponent(token)}`))).toEqual({ userId: USER, name: 'Benchmark bot' });
    const forged = mintCollabToken('guessed-secret', USER, 60);
    expect(await authenticate(upgrade(`/collab/draft:x?token=${forged}`))).toBeNull();
    expect(verifyCollabToken(SECRET, token, Date.now() + 61_000)).toBeNull();
    const [payload] = token.split('.');
    expect(verifyCollabToken(SECRET, `${payload}.${'A'.repeat(43)}`)).toBeNull();
  });
});

describe('parseCookieHeader', () => {
  it('splits, trims, unquotes and decodes, keeping the first of duplicates', () => {
    expect(parseCookieHeader(' a=1; b="two%20words" ; a=3; broken; =x')).toEqual({ a: '1', b: 'two words' });
  });
});
