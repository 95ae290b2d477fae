import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsFolder } from '@/server/db/migrate';

/**
 * Copies the app's migrations into `folder` and adds one more, `<tag>.sql` holding `sql`, to the
 * journal as drizzle-kit would. Returns how many migrations the copy then has.
 */
export async function migrationsWithOneMore(folder: string, tag: string, sql: string): Promise<number> {
  await cp(migrationsFolder(), folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: Array<Record<string, unknown>> };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: journal.entries.length, when: Number(last.when) + 1, tag });
  await writeFile(journalPath, JSON.stringify(journal));
  await writeFile(path.join(folder, `${tag}.sql`), sql);
  return journal.entries.length;
}
