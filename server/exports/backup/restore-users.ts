import { randomBytes, randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
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

/**
 * Brings the backup's people into this instance. Someone who already has an account here (same
 * email) keeps it, and the meeting's rows are pointed at it. Anyone else gets an account with the
 * backup's user id (a new id only if that one is taken) and a fresh initial password, since
 * backups carry no password hashes. Returns backup id → id here, and the accounts created.
 */
export async function restoreUsers(tx: DbTransaction, rows: readonly BackupRow[]): Promise<{ idMap: Map<string, string>; newAccounts: NewAccount[] }> {
  const idMap = new Map<string, string>();
  const emails = rows.map((row) => normaliseEmail(String(row.email)));
  const existing = emails.length === 0 ? [] : await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const byEmail = new Map(existing.map((user) => [user.email, user.id]));
  const pending: { row: BackupRow; id: string; email: string; password: string }[] = [];
  for (const row of rows) {
    const email = normaliseEmail(String(row.email));
    const known = byEmail.get(email);
    if (known) {
      idMap.set(String(row.id), known);
      continue;
    }
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.id, String(row.id))).limit(1);
    const id = taken ? randomUUID() : String(row.id);
    idMap.set(String(row.id), id);
    byEmail.set(email, id);
    pending.push({ row, id, email, password: randomBytes(12).toString('base64url') });
  }
  // scrypt runs on libuv's thread pool: hashing in parallel keeps a large delegation list quick.
  const hashes = await Promise.all(pending.map((entry) => hashPassword(entry.password)));
  if (pending.length > 0) {
    const rowsJson = pending.map((entry, index) => ({
      id: entry.id,
      email: entry.email,
      name: String(entry.row.name),
      password_hash: hashes[index],
      created_at: typeof entry.row.created_at === 'string' ? entry.row.created_at : null,
    }));
    // Through PostgreSQL's JSON reader, so that created_at keeps its microseconds.
    await tx.execute(sql`
      insert into users (id, email, name, password_hash, created_at)
      select id, email, name, password_hash, coalesce(created_at, now()) from json_populate_recordset(null::users, ${JSON.stringify(rowsJson)}::json)`);
  }
  return { idMap, newAccounts: pending.map((entry) => ({ email: entry.email, name: String(entry.row.name), initialPassword: entry.password })) };
}
