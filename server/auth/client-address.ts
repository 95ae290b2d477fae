/**
 * The custom server writes the socket's address into this header and strips any copy sent by
 * the client, so the sign-in throttle cannot be dodged by forging X-Forwarded-For.
 */
export const CLIENT_ADDRESS_HEADER = 'x-concord-client-address';

export type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

export function clientAddress(headers: HeaderBag): string {
  if (!headers) return 'unknown';
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || 'unknown';
}
