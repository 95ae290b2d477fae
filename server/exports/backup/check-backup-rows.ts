import { isUuid } from '@/server/db/uuid';
import { USER_COLUMNS, type BackupRow, type BackupTable, type MeetingBackup } from './backup-format';

/**
 * Refuses a backup whose rows reach outside its own meeting. A restore inserts rows as they
 * are, so a crafted file could otherwise add a membership to, or comments on, another meeting.
 * Returns the first problem found, or null.
 */
export function findBackupProblem(backup: MeetingBackup): string | null {
  const { tables, meetingId } = backup;
  const meeting = tables.meetings[0];
  if (tables.meetings.length !== 1 || meeting?.id !== meetingId) return 'it must hold exactly the one meeting it names';
  const ids = (rows: BackupRow[]) => new Set(rows.map((row) => String(row.id)));
  const drafts = ids(tables.drafts);
  const comments = ids(tables.comments);
  const delegations = ids(tables.delegations);
  const users = ids(tables.users);
  const checks: [string, BackupRow[], (row: BackupRow) => boolean][] = [
    ['agenda_items', tables.agenda_items, (row) => row.meeting_id === meetingId],
    ['programme_slots', tables.programme_slots, (row) => row.meeting_id === meetingId],
    ['delegations', tables.delegations, (row) => row.meeting_id === meetingId],
    ['memberships', tables.memberships, (row) => row.meeting_id === meetingId && users.has(String(row.user_id)) && (row.delegation_id === null || delegations.has(String(row.delegation_id)))],
    ['drafts', tables.drafts, (row) => row.meeting_id === meetingId],
    ['draft_updates', tables.draft_updates, (row) => drafts.has(String(row.draft_id))],
    ['draft_snapshots', tables.draft_snapshots, (row) => drafts.has(String(row.draft_id))],
    ['revisions', tables.revisions, (row) => drafts.has(String(row.draft_id))],
    ['comments', tables.comments, (row) => drafts.has(String(row.draft_id)) && (row.reply_to_id === null || row.reply_to_id === undefined || comments.has(String(row.reply_to_id)))],
    ['comment_versions', tables.comment_versions, (row) => comments.has(String(row.comment_id))],
    ['audit_events', tables.audit_events, (row) => row.meeting_id === meetingId && (row.draft_id === null || row.draft_id === undefined || drafts.has(String(row.draft_id)))],
  ];
  for (const [table, rows, belongs] of checks) {
    const stray = rows.find((row) => !belongs(row));
    if (stray) return `a row of ${table} belongs to another meeting, draft or comment`;
  }
  for (const [table, columns] of Object.entries(USER_COLUMNS) as [BackupTable, string[]][]) {
    const stray = tables[table].find((row) => columns.some((column) => row[column] !== null && row[column] !== undefined && !users.has(String(row[column]))));
    if (stray) return `a row of ${table} names a user the backup does not list`;
  }
  const badUser = tables.users.find((row) => !isUuid(row.id) || typeof row.email !== 'string' || typeof row.name !== 'string');
  if (badUser) return 'every user needs an id, an email and a name';
  for (const draftId of Object.keys(backup.documents)) if (!drafts.has(draftId)) return 'a document belongs to no draft of the meeting';
  return null;
}
