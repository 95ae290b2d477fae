import { NextResponse } from 'next/server';
import { openRoute, type DraftRouteContext, type MeetingRouteContext, type RouteContext, type RouteNeeds } from './open-route';
import { toAppError } from './to-app-error';

type Handler<C> = (ctx: C) => Promise<unknown>;
/** A route without dynamic segments may be called without its context. */
export type RouteHandler<P> = (request: Request, context?: { params: Promise<P> }) => Promise<Response>;

/**
 * Wraps a JSON route handler. `needs` declares what the caller must be (see openRoute): a
 * policy permission in the draft or the meeting of the URL, an administrator, or signed in. The
 * handler's result is sent as JSON (a Response it returns is sent as it is); whatever it throws
 * becomes `{error: {code, message}}` through toAppError.
 */
export function jsonRoute<P extends { draftId: string }>(needs: Extract<RouteNeeds, { draft: unknown }>, handler: Handler<DraftRouteContext<P>>): RouteHandler<P>;
export function jsonRoute<P extends { meetingId: string }>(needs: Extract<RouteNeeds, { meeting: unknown }>, handler: Handler<MeetingRouteContext<P>>): RouteHandler<P>;
export function jsonRoute<P>(needs: Extract<RouteNeeds, { administrator: true } | { signedIn: true }>, handler: Handler<RouteContext<P>>): RouteHandler<P>;
export function jsonRoute<P>(needs: RouteNeeds, handler: Handler<never>): RouteHandler<P> {
  return async (request, context) => {
    try {
      const ctx = await openRoute(request, context ? await context.params : ({} as P), needs);
      const body = await (handler as Handler<typeof ctx>)(ctx);
      return body instanceof Response ? body : NextResponse.json(body);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * `{error: {code, message}}` with the status of toAppError's answer; `message` is English, and an
 * error from the sentence catalogue adds its `key` and `params` for the page to word.
 */
export function errorResponse(error: unknown): NextResponse {
  const answer = toAppError(error);
  const sentence = answer.sentence ? { key: answer.sentence.key, params: answer.sentence.params } : {};
  return NextResponse.json({ error: { code: answer.code, message: answer.userMessage, ...sentence } }, { status: answer.status });
}
