import { timingSafeEqual } from 'node:crypto';
import { parsePasswordHash } from './password-format';
import { scryptAsync } from './scrypt';

/** True when `password` matches a hash made by hashPassword(); false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const candidate = await scryptAsync(password, parsed.salt, parsed.hash.length, parsed);
  return candidate.length === parsed.hash.length && timingSafeEqual(candidate, parsed.hash);
}
