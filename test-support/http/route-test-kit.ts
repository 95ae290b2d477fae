import { createDb, setDb, type DbHandle } from '@/server/db/client';
import type { TestDatabase } from '@/test-support/db/test-database';

/** The host route-handler tests address; requests default to an Origin on the same host. */
export const TEST_HOST = 'concord.test:3000';
export const TEST_ORIGIN = `http://${TEST_HOST}`;

/** Points getDb() (used by route handlers and server actions) at a test database; returns the handle to close. */
export function useDatabaseForRoutes(database: TestDatabase): DbHandle {
  const handle = createDb(database.url, { max: 4 });
  setDb(handle);
  return handle;
}

export interface ApiRequestOptions {
  method?: string;
  /** An object is sent as JSON; a string, bytes or FormData as they are. */
  body?: unknown;
  contentType?: string | null;
  /** null sends no Origin header. */
  origin?: string | null;
  headers?: Record<string, string>;
}

/** A Request as a browser on the app's own page would send it, unless the options say otherwise. */
export function apiRequest(path: string, options: ApiRequestOptions = {}): Request {
  const headers = new Headers({ host: TEST_HOST, ...options.headers });
  const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
  if (origin !== null) headers.set('origin', origin);
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (typeof options.body === 'string' || options.body instanceof Uint8Array) body = options.body as BodyInit;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set('content-type', 'application/json');
  }
  if (options.contentType !== undefined) {
    if (options.contentType === null) headers.delete('content-type');
    else headers.set('content-type', options.contentType);
  }
  return new Request(`${TEST_ORIGIN}${path}`, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
}

/** The route context Next passes to a handler of a dynamic segment. */
export function routeParams<P>(params: P): { params: Promise<P> } {
  return { params: Promise.resolve(params) };
}
