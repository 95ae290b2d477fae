import type { IncomingMessage } from 'node:http';

/**
 * Whether the upgrade's Origin may open the collaboration websocket. Browsers always send Origin
 * on websocket upgrades, so this is what stops another site from opening a socket with the
 * user's cookies (cross-site websocket hijacking). A request without Origin does not come from a
 * browser page (bots, benchmarks) and must authenticate with a token or cookie it holds itself.
 *
 * `allowedOrigins` empty: the Origin's host must equal the Host header (same origin).
 */
export function isOriginAllowed(req: IncomingMessage, allowedOrigins: string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const normalised = normaliseOrigin(origin);
  if (normalised === null) return false;
  if (allowedOrigins.length > 0) {
    return allowedOrigins.some((allowed) => normaliseOrigin(allowed) === normalised);
  }
  const host = req.headers.host;
  return host !== undefined && new URL(normalised).host === host.toLowerCase();
}

function normaliseOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
