import { createHash, randomInt } from 'node:crypto';

/** How long a secretariat's invitation can be redeemed: about the run-up to a meeting. */
export const INVITATION_LIFETIME_DAYS = 14;
export const INVITATION_LIFETIME_MS = INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

// Capitals and digits without 0/O, 1/I: read out or copied by hand, and case does not matter.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random invitation code, four groups of four (80 bits), and the hash that is stored. */
export function newInvitationCode(): { code: string; codeHash: string } {
  const groups: string[] = [];
  for (let group = 0; group < 4; group += 1) {
    let chars = '';
    for (let index = 0; index < 4; index += 1) chars += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(chars);
  }
  const code = groups.join('-');
  return { code, codeHash: hashInvitationCode(code) };
}

/** The stored form of a code as a person types it: spaces, dashes and case are ignored. */
export function hashInvitationCode(typed: string): string {
  const canonical = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(canonical).digest('hex');
}
