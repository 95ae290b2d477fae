import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A digest of what the migrator would apply from `folder`: its journal and, in journal order,
 * each migration's SQL. A new, edited or removed migration changes it; the snapshots drizzle-kit
 * keeps beside them (which the migrator never reads) do not.
 */
export async function hashMigrations({ folder }: { folder: string }): Promise<string> {
  const journal = await readFile(path.join(folder, 'meta', '_journal.json'), 'utf8');
  const entries = (JSON.parse(journal) as { entries?: Array<{ tag?: unknown }> }).entries ?? [];
  const hash = createHash('sha256').update(journal);
  for (const entry of entries) {
    if (typeof entry.tag !== 'string') throw new Error(`${folder}/meta/_journal.json has an entry without a tag`);
    hash.update(`\0${entry.tag}\0`).update(await readFile(path.join(folder, `${entry.tag}.sql`)));
  }
  return hash.digest('hex');
}
