import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from '@/server/http/content-security-policy';

/**
 * Adds the Content-Security-Policy, with a fresh nonce, to every page. Headers only: every
 * permission check stays in the route handlers, server actions and the collaboration server.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: API answers, Next's static files and the collaboration websocket need no policy.
  matcher: [{ source: '/((?!api|_next/static|_next/image|favicon.ico|collab).*)' }],
};
