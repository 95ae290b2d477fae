import { randomBytes, randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { DbTransaction } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { hashPassword } from '@/server/users/hash-password';
import { normaliseEmail } from '@/server/users/normalise-email';
import type { BackupRow } from './backup-format';

export interface NewAccount {
  email: string;
  name: string;
  /** Shown once to whoever restored the meeting, who passes it on; only its hash is stored. */
  initialPassword: string;
}

/** Someone the backup lists under an email that already has an account here; they are not linked to it. */
export interface HeldAccount {
  /** The email the backup lists. */
  listedEmail: string;
  name: string;
  /** The account their restored rows belong to: no password, so it cannot sign in. */
  accountEmail: string;
}

/**
 * Not a hash any password gives (verifyPassword refuses a malformed hash), so a held account
 * cannot sign in until the secretariat issues it a password.
 */
const NO_PASSWORD = 'held:restored-without-password';

/** A reserved domain (RFC 2606): never anyone's address, so never a real account's email. */
const heldEmail = (id: string) => `restored-${id}@restored.invalid`;

interface AccountRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string | null;
  /** An initial password was shown to whoever restored: its owner must replace it first. */
  must_change_password: boolean;
}

/**
 * Brings the backup's people into this instance, never linking them to an existing account: a
 * backup is a file anyone can write, so an email in it proves nothing. Someone whose email is new
 * here gets an account with that email and a fresh initial password (backups carry no password
 * hashes). Someone whose email already has an account here — or appears twice in the backup — is
 * kept apart in a held account (reserved email, no password) that carries their name and rows;
 * the secretariat adds the real person as a participant if they are to take part. Each keeps the
 * backup's user id unless it is taken. Returns backup id → id here, and the accounts created.
 */
export async function restoreUsers(
  tx: DbTransaction,
  rows: readonly BackupRow[],
): Promise<{ idMap: Map<string, string>; newAccounts: NewAccount[]; heldAccounts: HeldAccount[] }> {
  const idMap = new Map<string, string>();
  const emails = rows.map((row) => normaliseEmail(String(row.email)));
  const ids = rows.map((row) => String(row.id));
  const existing = emails.length === 0 ? [] : await tx.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  const takenIds = ids.length === 0 ? [] : await tx.select({ id: users.id }).from(users).where(inArray(users.id, ids));
  const usedEmails = new Set(existing.map((user) => user.email));
  const usedIds = new Set(takenIds.map((user) => user.id));
  const accounts: AccountRow[] = [];
  const newAccounts: NewAccount[] = [];
  const heldAccounts: HeldAccount[] = [];
  const passwords: string[] = [];
  for (const row of rows) {
    const listedEmail = normaliseEmail(String(row.email));
    const id = usedIds.has(String(row.id)) ? randomUUID() : String(row.id);
    usedIds.add(id);
    idMap.set(String(row.id), id);
    const name = String(row.name);
    const created_at = typeof row.created_at === 'string' ? row.created_at : null;
    if (usedEmails.has(listedEmail)) {
      accounts.push({ id, email: heldEmail(id), name, password_hash: NO_PASSWORD, created_at, must_change_password: false });
      heldAccounts.push({ listedEmail, name, accountEmail: heldEmail(id) });
      continue;
    }
    usedEmails.add(listedEmail);
    const initialPassword = randomBytes(12).toString('base64url');
    passwords.push(initialPassword);
    accounts.push({ id, email: listedEmail, name, password_hash: '', created_at, must_change_password: true });
    newAccounts.push({ email: listedEmail, name, initialPassword });
  }
  // scrypt runs on libuv's thread pool: hashing in parallel keeps a large delegation list quick.
  const hashes = await Promise.all(passwords.map((password) => hashPassword(password)));
  let next = 0;
  for (const account of accounts) if (account.password_hash === '') account.password_hash = hashes[next++] ?? NO_PASSWORD;
  if (accounts.length > 0) {
    // Through PostgreSQL's JSON reader, so that created_at keeps its microseconds.
    await tx.execute(sql`
      insert into users (id, email, name, password_hash, created_at, must_change_password)
      select id, email, name, password_hash, coalesce(created_at, now()), must_change_password from json_populate_recordset(null::users, ${JSON.stringify(accounts)}::json)`);
  }
  return { idMap, newAccounts, heldAccounts };
}
