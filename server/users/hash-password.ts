import { randomBytes } from 'node:crypto';
import { formatPasswordHash, KEY_BYTES, SALT_BYTES, SCRYPT_PARAMS } from './password-format';
import { scryptAsync } from './scrypt';

/** Hashes a password as "scrypt$N$r$p$salt$hash" with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await scryptAsync(password, salt, KEY_BYTES, SCRYPT_PARAMS);
  return formatPasswordHash({ ...SCRYPT_PARAMS, salt, hash });
}
