/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce
 * (Next puts it on its own scripts when it finds it in the request's CSP header), and what
 * they load in turn ('strict-dynamic'), so injected markup cannot run script even if an
 * escaping bug let it through. Style attributes stay allowed: the editor (ProseMirror) and
 * React set them, and they cannot run code. The websocket to the collaboration server is
 * same-origin. Development adds 'unsafe-eval', which React's development build needs.
 */
export function contentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  const script = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(development ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${script.join(' ')}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self' ws: wss:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** A fresh nonce for each response: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
