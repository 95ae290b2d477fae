import { getConfig } from '@/server/config';
import { AppError } from './app-error';
import { say } from '@/lib/i18n/server-sentences';

/** The bodies a state-changing route accepts. */
export type BodyKind = 'json' | 'multipart' | 'gzip';

const MEDIA_TYPES: Record<BodyKind, string[]> = {
  json: ['application/json'],
  multipart: ['multipart/form-data'],
  gzip: ['application/gzip', 'application/x-gzip', 'application/octet-stream'],
};

const DESCRIPTIONS: Record<BodyKind, string> = {
  json: 'application/json',
  multipart: 'multipart/form-data',
  gzip: 'application/gzip',
};

/**
 * The check every POST, PUT, PATCH and DELETE route handler makes before anything else, against
 * cross-site request forgery. A page on another site can make a signed-in browser send a form
 * (urlencoded, multipart or text/plain) with the session cookie, but cannot read the answer, set
 * another content type without the browser asking first (which this app never allows), or hide
 * where it came from. So:
 * - a browser's Origin must be this app's own host (the Host the request came to, the public URL
 *   NEXTAUTH_URL, or one listed in ALLOWED_ORIGINS); without Origin, Sec-Fetch-Site must not say
 *   cross-site. Scripts that send neither are not browsers and carry their own cookie;
 * - a body must be one of the types the route documents (`accept`), so a text/plain or
 *   urlencoded form never reaches a JSON handler. A request with no body needs no type.
 * Throws AppError 403 / 415 with a sentence.
 */
export function guardStateChange({ request, accept }: { request: Request; accept: readonly BodyKind[] }): void {
  if (!fromThisSite(request)) {
    throw new AppError('forbidden', say('server.http.crossSite', {}));
  }
  // A route that reads no body has no type to require.
  if (accept.length === 0) return;
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '' && !hasBody(request)) return;
  if (!accept.some((kind) => MEDIA_TYPES[kind].includes(type))) {
    const wanted = accept.map((kind) => DESCRIPTIONS[kind]).join(' or ');
    throw new AppError('unsupported_media_type', `Send the request body as ${wanted}${type ? `, not ${type}` : ''}.`);
  }
}

function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return request.headers.get('sec-fetch-site') !== 'cross-site';
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    // "null" (a sandboxed frame, a file) or garbage: not a page of this app.
    return false;
  }
  return ownHosts(request).has(host);
}

/** Hosts this app answers as: the request's own Host (and a proxy's forwarded host), the public URL, ALLOWED_ORIGINS. */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const add = (value: string | null | undefined) => {
    if (value) hosts.add(value.split(',')[0]?.trim().toLowerCase() ?? '');
  };
  add(request.headers.get('host'));
  // A browser cannot set X-Forwarded-Host on a cross-site request without asking first.
  add(request.headers.get('x-forwarded-host'));
  const config = getConfig();
  for (const url of [config.publicUrl, ...config.allowedOrigins]) {
    try {
      add(new URL(url).host);
    } catch {
      // A malformed entry allows nothing.
    }
  }
  return hosts;
}

function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  if (length !== null) return Number(length) > 0;
  return request.headers.has('transfer-encoding') || request.body !== null;
}
