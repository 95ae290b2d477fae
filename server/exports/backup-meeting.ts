import { sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { loadDraftState } from '@/server/drafts/load-draft-state';
import { AppError } from '@/server/http/app-error';
import { isUuid } from '@/server/db/uuid';
import { BACKUP_FORMAT, BACKUP_VERSION, USER_COLUMNS, type BackupRow, type BackupTable, type MeetingBackup } from './backup/backup-format';
import { countMigrations } from './backup/count-migrations';
import { say } from '@/lib/i18n/server-sentences';

/** Which rows of each table belong to the meeting ($1), and in what order to list them. */
const SELECTIONS: Record<Exclude<BackupTable, 'users'>, { where: string; order: string }> = {
  meetings: { where: 'id = $1', order: 'id' },
  agenda_items: { where: 'meeting_id = $1', order: 'position, id' },
  programme_slots: { where: 'meeting_id = $1', order: 'day, position, id' },
  delegations: { where: 'meeting_id = $1', order: 'name, id' },
  memberships: { where: 'meeting_id = $1', order: 'user_id' },
  meeting_invitations: { where: 'meeting_id = $1', order: 'created_at, id' },
  drafts: { where: 'meeting_id = $1', order: 'created_at, id' },
  draft_updates: { where: 'draft_id in (select id from drafts where meeting_id = $1)', order: 'id' },
  draft_snapshots: { where: 'draft_id in (select id from drafts where meeting_id = $1)', order: 'draft_id' },
  revisions: { where: 'draft_id in (select id from drafts where meeting_id = $1)', order: 'created_at, id' },
  comments: { where: 'draft_id in (select id from drafts where meeting_id = $1)', order: 'created_at, id' },
  comment_versions: { where: 'comment_id in (select c.id from comments c join drafts d on d.id = c.draft_id where d.meeting_id = $1)', order: 'id' },
  audit_events: { where: 'meeting_id = $1', order: 'id' },
};

/**
 * Everything about one meeting as one JSON-ready object: the meeting, its agenda, programme,
 * delegations, members (as users by email and name), invitations (their codes only as hashes,
 * so that codes already sent keep working after a restore), drafts with their update logs, compacted
 * states and current documents, revisions, comments with every version, and the audit log.
 * Read in one repeatable-read transaction, so the file is a consistent picture even while the
 * room keeps typing.
 */
export async function backupMeeting({ db, meetingId, now = new Date() }: { db: DbExecutor; meetingId: string; now?: Date }): Promise<MeetingBackup> {
  if (!isUuid(meetingId)) throw new AppError('not_found', say('server.backup.noSuchMeeting', {}));
  return db.transaction(
    async (tx) => {
      const tables = {} as Record<BackupTable, BackupRow[]>;
      for (const [table, selection] of Object.entries(SELECTIONS) as [Exclude<BackupTable, 'users'>, { where: string; order: string }][]) {
        tables[table] = await selectRows(tx, table, selection.where, selection.order, meetingId);
      }
      if (tables.meetings.length === 0) throw new AppError('not_found', say('server.backup.noSuchMeeting', {}));
      tables.users = await selectUsers(tx, referencedUsers(tables));
      const documents: Record<string, string> = {};
      for (const draft of tables.drafts) {
        const draftId = String(draft.id);
        documents[draftId] = Buffer.from(await loadDraftState({ db: tx, draftId })).toString('base64');
      }
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: now.toISOString(),
        meetingId,
        schemaVersion: await countMigrations(tx),
        tables,
        documents,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function selectRows(db: DbExecutor, table: string, where: string, order: string, meetingId: string): Promise<BackupRow[]> {
  // Table names and clauses come from the constant SELECTIONS above; the meeting id was checked to be a UUID.
  const query: SQL = sql.raw(`select row_to_json(t) as row from ${table} t where ${where.replace(/\$1/g, `'${meetingId}'::uuid`)} order by ${order}`);
  const result = await db.execute<{ row: BackupRow }>(query);
  return result.rows.map((entry) => entry.row);
}

function referencedUsers(tables: Record<BackupTable, BackupRow[]>): string[] {
  const ids = new Set<string>();
  for (const [table, columns] of Object.entries(USER_COLUMNS) as [BackupTable, string[]][]) {
    for (const row of tables[table]) {
      for (const column of columns) {
        const value = row[column];
        if (typeof value === 'string') ids.add(value);
      }
    }
  }
  return [...ids].sort();
}

async function selectUsers(db: DbExecutor, ids: string[]): Promise<BackupRow[]> {
  if (ids.length === 0) return [];
  // One array literal parameter (drizzle would spread a JS array into a row); the ids come from uuid columns.
  const result = await db.execute<{ row: BackupRow }>(sql`
    select json_build_object('id', id, 'email', email, 'name', name, 'created_at', created_at) as row
    from users where id = any(${`{${ids.join(',')}}`}::uuid[]) order by email`);
  return result.rows.map((entry) => entry.row);
}
