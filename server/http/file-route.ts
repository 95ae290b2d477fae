import { contentDisposition } from './content-disposition';
import { errorResponse, type RouteHandler } from './json-route';
import { openRoute, type DraftRouteContext, type MeetingRouteContext, type RouteNeeds } from './open-route';

/** A file to download: its bytes, its name (as the browser saves it) and its media type. */
export interface DownloadFile {
  body: Uint8Array;
  filename: string;
  contentType: string;
  /** Further response headers the route adds (e.g. what an export printed in English). */
  headers?: Record<string, string>;
}

type Handler<C> = (ctx: C) => Promise<DownloadFile>;

/**
 * Wraps a route that answers with a file (exports, backups): the same opening as jsonRoute
 * (session, membership, the declared permission), the file sent as an attachment that no cache
 * keeps, and failures as JSON errors through toAppError, so a script learns why.
 */
export function fileRoute<P extends { draftId: string }>(needs: Extract<RouteNeeds, { draft: unknown }>, handler: Handler<DraftRouteContext<P>>): RouteHandler<P>;
export function fileRoute<P extends { meetingId: string }>(needs: Extract<RouteNeeds, { meeting: unknown }>, handler: Handler<MeetingRouteContext<P>>): RouteHandler<P>;
export function fileRoute<P>(needs: RouteNeeds, handler: Handler<never>): RouteHandler<P> {
  return async (request, context) => {
    try {
      const ctx = await openRoute(request, context ? await context.params : ({} as P), needs);
      const file = await (handler as Handler<typeof ctx>)(ctx);
      return new Response(new Uint8Array(file.body), {
        headers: {
          'Content-Type': file.contentType,
          'Content-Disposition': contentDisposition(file.filename),
          'Content-Length': String(file.body.byteLength),
          'Cache-Control': 'private, no-store',
          ...file.headers,
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
