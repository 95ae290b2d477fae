import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '@/server/audit/record-audit-event';
import type { Database, DbTransaction } from '@/server/db/client';
import { meetings } from '@/server/db/schema';
import { AppError } from '@/server/http/app-error';
import { BACKUP_TABLES, USER_COLUMNS, type BackupRow, type BackupTable, type MeetingBackup } from './backup/backup-format';
import { findBackupProblem } from './backup/check-backup-rows';
import { checkDraftLogs } from './backup/check-draft-logs';
import { countMigrations } from './backup/count-migrations';
import { advanceSequence, placeSerialRows } from './backup/place-serial-rows';
import { remapRestoredDocuments } from './backup/remap-restored-documents';
import { restoreUsers, type HeldAccount, type NewAccount } from './backup/restore-users';
import { say } from '@/lib/i18n/server-sentences';

export interface RestoredMeeting {
  meetingId: string;
  drafts: number;
  newAccounts: NewAccount[];
  heldAccounts: HeldAccount[];
}

/**
 * Restores a meeting backup into this instance, in one transaction: the same meeting, agenda,
 * delegations, pending invitations, drafts, revisions, comment and audit rows with the same ids, the same update logs
 * and document states (every log row replayed and checked against the backup's documents before
 * committing). Refuses a meeting that already exists here, and a backup whose rows refer outside
 * it. People in the backup are never linked to existing accounts (see restore-users.ts); the ids
 * they are given are carried into the rows and into the documents' marks. Whoever restores
 * becomes the meeting's secretariat.
 */
export async function restoreMeeting({ db, backup, restoredBy }: { db: Database; backup: MeetingBackup; restoredBy: string }): Promise<RestoredMeeting> {
  const problem = findBackupProblem(backup);
  if (problem) throw new AppError('bad_request', say('server.backup.cannotRestore', { problem }));
  try {
    return await db.transaction(async (tx) => {
      if (backup.schemaVersion > (await countMigrations(tx))) {
        throw new AppError('conflict', say('server.backup.newerVersion', {}));
      }
      const [exists] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, backup.meetingId)).limit(1);
      if (exists) throw new AppError('conflict', say('server.backup.exists', {}));
      const { idMap, newAccounts, heldAccounts } = await restoreUsers(tx, backup.tables.users);
      const tables = remapUsers(backup.tables, idMap);
      tables.memberships = [...tables.memberships, { user_id: restoredBy, meeting_id: backup.meetingId, role: 'secretariat', delegation_id: null }];
      await insertTables(tx, tables);
      await restoreMissingLogs(tx, tables.drafts, tables.draft_updates, backup.documents);
      const draftIds = tables.drafts.map((row) => String(row.id));
      await checkDraftLogs(tx, draftIds, backup.documents);
      await remapRestoredDocuments(tx, draftIds, idMap);
      await recordAuditEvent({
        db: tx,
        event: { meetingId: backup.meetingId, userId: restoredBy, action: 'meeting.restore', details: { exportedAt: backup.exportedAt, newAccounts: newAccounts.length, heldAccounts: heldAccounts.length } },
      });
      return { meetingId: backup.meetingId, drafts: tables.drafts.length, newAccounts, heldAccounts };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = describe(error);
    if (/duplicate key/.test(message)) throw new AppError('conflict', say('server.backup.rowsExist', {}));
    throw new AppError('bad_request', say('server.backup.failed', { problem: message }));
  }
}

type Tables = Record<BackupTable, BackupRow[]>;

const RESTORE_ORDER = BACKUP_TABLES.filter((table): table is Exclude<BackupTable, 'users'> => table !== 'users');

function remapUsers(tables: MeetingBackup['tables'], idMap: Map<string, string>): Tables {
  const copy = { ...tables } as Tables;
  for (const [table, columns] of Object.entries(USER_COLUMNS) as [BackupTable, string[]][]) {
    copy[table] = tables[table].map((row) => {
      const next = { ...row };
      for (const column of columns) if (typeof row[column] === 'string') next[column] = idMap.get(row[column] as string) ?? row[column];
      return next;
    });
  }
  return copy;
}

async function insertTables(tx: DbTransaction, tables: Tables): Promise<void> {
  const updateIds = await placeSerialRows(tx, 'draft_updates', tables.draft_updates);
  const versionIds = await placeSerialRows(tx, 'comment_versions', tables.comment_versions);
  const eventIds = await placeSerialRows(tx, 'audit_events', tables.audit_events);
  const renumber = (rows: BackupRow[], map: Map<number, number>) => rows.map((row) => ({ ...row, id: map.get(Number(row.id)) ?? row.id }));
  const rows: Partial<Tables> = {
    ...tables,
    draft_updates: renumber(tables.draft_updates, updateIds),
    draft_snapshots: tables.draft_snapshots.map((row) => ({ ...row, through_update_id: mapThrough(Number(row.through_update_id), updateIds) })),
    comment_versions: renumber(tables.comment_versions, versionIds),
    audit_events: renumber(tables.audit_events, eventIds).map((row) => withVersionId(row, versionIds)),
  };
  delete rows.users;
  for (const table of RESTORE_ORDER) {
    const list = rows[table] ?? [];
    if (list.length === 0) continue;
    // An invitation whose code is already pending here (the same meeting restored once before
    // as a copy) is left out: one code must open one meeting.
    const onConflict = table === 'meeting_invitations' ? sql` on conflict do nothing` : sql``;
    // PostgreSQL reads its own row JSON back (timestamps to the microsecond, bytea from hex).
    await tx.execute(sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(list)}::json)${onConflict}`);
  }
  for (const table of ['draft_updates', 'comment_versions', 'audit_events'] as const) await advanceSequence(tx, table);
}

/** A snapshot covers the log up to an id; after renumbering, up to the new id of the last row it covered. */
function mapThrough(through: number, map: Map<number, number>): number {
  let mapped = 0;
  for (const [old, next] of map) if (old <= through && next > mapped) mapped = next;
  return map.get(through) ?? mapped;
}

/** Comment events name the comment version they wrote (details.versionId). */
function withVersionId(row: BackupRow, versionIds: Map<number, number>): BackupRow {
  const details = row.details;
  if (!details || typeof details !== 'object' || typeof (details as { versionId?: unknown }).versionId !== 'number') return row;
  const versionId = (details as { versionId: number }).versionId;
  return { ...row, details: { ...details, versionId: versionIds.get(versionId) ?? versionId } };
}

/** A backup written by a tool may carry a draft's document without its update log: store it as one update. */
async function restoreMissingLogs(tx: DbTransaction, drafts: BackupRow[], updates: BackupRow[], documents: Record<string, string>): Promise<void> {
  const logged = new Set(updates.map((row) => String(row.draft_id)));
  for (const draft of drafts) {
    const id = String(draft.id);
    const document = documents[id];
    if (logged.has(id) || !document) continue;
    await tx.execute(sql`insert into draft_updates (draft_id, update) values (${id}, ${Buffer.from(document, 'base64')})`);
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
}
