import { NextResponse } from 'next/server';
import type { SessionUser } from '@/server/auth/get-session-user';
import { requireSessionUser } from '@/server/auth/require-session-user';
import { isDatabaseUnreachable } from '@/server/db/is-database-unreachable';
import { AppError } from './app-error';
import { guardStateChange, type BodyKind } from './guard-state-change';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Wraps a JSON route handler: for a state-changing method, first refuses cross-site requests and
 * bodies of another type than `accept` (default JSON; [] for a route that reads no body), see
 * guardStateChange; then resolves the session (401 without one, 403 while the account must still
 * choose its own password), maps AppError to its status and
 * anything else to a 503/500 with a message a person can read. Authorization for the specific
 * resource is the handler's job, through the policy module.
 */
export function jsonRoute<P>(
  handler: (ctx: { user: SessionUser; params: P; request: Request }) => Promise<unknown>,
  options: { accept?: readonly BodyKind[] } = {},
) {
  const accept = options.accept ?? ['json'];
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      if (!READS.has(request.method.toUpperCase())) guardStateChange({ request, accept });
      const user = await requireSessionUser({ signInMessage: 'Sign in first: this API needs a session cookie.' });
      const body = await handler({ user, params: await context.params, request });
      return NextResponse.json(body);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.userMessage } }, { status: error.status });
  }
  const databaseDown = isDatabaseUnreachable(error);
  console.error('[concord] request failed:', error);
  return NextResponse.json(
    {
      error: {
        code: databaseDown ? 'unavailable' : 'internal',
        message: databaseDown
          ? 'The database is not reachable right now. Nothing was changed; please try again shortly.'
          : 'Something went wrong on the server. Nothing was changed.',
      },
    },
    { status: databaseDown ? 503 : 500 },
  );
}
