import { describe, expect, it } from 'vitest';
import { hashPassword } from './hash-password';
import { verifyPassword } from './verify-password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('concord-demo');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('concord-demo', stored)).toBe(true);
    expect(await verifyPassword('concord-demo ', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses malformed or tampered hashes instead of throwing', async () => {
    expect(await verifyPassword('x', '')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$10$abc')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$999999999$8$1$c2FsdA$aGFzaA')).toBe(false);
  });
});
