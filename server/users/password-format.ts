/** scrypt cost parameters; stored in each hash so they can be raised later without breaking old hashes. */
export const SCRYPT_PARAMS = { N: 16_384, r: 8, p: 1 } as const;
export const SALT_BYTES = 16;
export const KEY_BYTES = 32;

export interface ParsedPasswordHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

/** Parses "scrypt$N$r$p$salt$hash" (salt and hash base64url); null if the format is not ours. */
export function parsePasswordHash(stored: string): ParsedPasswordHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => Number.parseInt(part, 10));
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const hash = Buffer.from(parts[5] ?? '', 'base64url');
  if (!N || !r || !p || salt.length === 0 || hash.length === 0) return null;
  // Refuse absurd costs from a tampered row rather than burning the CPU on them.
  if (N > 2 ** 20 || r > 32 || p > 16) return null;
  return { N, r, p, salt, hash };
}

export function formatPasswordHash({ N, r, p, salt, hash }: ParsedPasswordHash): string {
  return ['scrypt', N, r, p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}
