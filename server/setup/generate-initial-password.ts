import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the secretariat may read the password out or copy it by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password shown once to the secretariat: four groups of four, about 93 bits. */
export function generateInitialPassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group += 1) {
    let chars = '';
    for (let index = 0; index < 4; index += 1) chars += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(chars);
  }
  return groups.join('-');
}
