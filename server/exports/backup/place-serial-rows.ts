import { sql } from 'drizzle-orm';
import type { DbTransaction } from '@/server/db/client';
import type { BackupRow } from './backup-format';

type SerialTable = 'draft_updates' | 'comment_versions' | 'audit_events';

/**
 * Ids for rows of a bigserial table. Into an instance where none of the backup's ids is in use
 * (the usual case: a new database), the rows keep their ids. Otherwise they get fresh ids from
 * the table's sequence, in the same order, so that log order is kept. Returns old id → new id.
 */
export async function placeSerialRows(tx: DbTransaction, table: SerialTable, rows: readonly BackupRow[]): Promise<Map<number, number>> {
  const ids = rows.map((row) => Number(row.id)).sort((a, b) => a - b);
  const map = new Map<number, number>();
  if (ids.length === 0) return map;
  const clash = await tx.execute<{ clash: boolean }>(sql`select exists (select 1 from ${sql.identifier(table)} where id = any(${`{${ids.join(',')}}`}::bigint[])) as clash`);
  if (!clash.rows[0]?.clash) {
    for (const id of ids) map.set(id, id);
    return map;
  }
  const fresh = await tx.execute<{ id: string }>(
    sql`select nextval(pg_get_serial_sequence(${table}, 'id')) as id from generate_series(1, ${ids.length}) order by id`,
  );
  ids.forEach((id, index) => map.set(id, Number(fresh.rows[index]?.id)));
  return map;
}

/** Moves the sequence past the highest id now in the table, so new rows never collide. */
export async function advanceSequence(tx: DbTransaction, table: SerialTable): Promise<void> {
  await tx.execute(
    sql`select setval(pg_get_serial_sequence(${table}, 'id'), greatest((select coalesce(max(id), 0) from ${sql.identifier(table)}), 1))`,
  );
}
