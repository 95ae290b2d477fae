/** A callbackUrl from the query string, kept only if it stays on this site (no "//host" or "https:"). */
export function safeCallbackUrl(callbackUrl: string | undefined, fallback = '/meetings'): string {
  return callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') && !callbackUrl.startsWith('/\\') ? callbackUrl : fallback;
}
