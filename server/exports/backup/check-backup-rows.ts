import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { isUuid } from '@/server/db/uuid';
import { USER_COLUMNS, type BackupRow, type BackupTable, type MeetingBackup } from './backup-format';

type Target = 'meeting' | 'agenda_items' | 'delegations' | 'drafts' | 'comments' | 'comment_versions' | 'users';

/**
 * Every column of a restored row that refers to another row, and the rows it may refer to. A
 * restore inserts rows as they are, so each reference must stay inside the restored meeting:
 * otherwise a crafted file could file a draft under another meeting's agenda item, or a comment
 * under another meeting's delegation. Nullable references may be null.
 */
const REFERENCES: [BackupTable, string, Target][] = [
  ['agenda_items', 'meeting_id', 'meeting'],
  ['programme_slots', 'meeting_id', 'meeting'],
  ['delegations', 'meeting_id', 'meeting'],
  ['memberships', 'meeting_id', 'meeting'],
  ['memberships', 'delegation_id', 'delegations'],
  ['meeting_invitations', 'meeting_id', 'meeting'],
  ['meeting_invitations', 'delegation_id', 'delegations'],
  ['drafts', 'meeting_id', 'meeting'],
  ['drafts', 'agenda_item_id', 'agenda_items'],
  ['draft_updates', 'draft_id', 'drafts'],
  ['draft_updates', 'delegation_id', 'delegations'],
  ['draft_snapshots', 'draft_id', 'drafts'],
  ['revisions', 'draft_id', 'drafts'],
  ['comments', 'draft_id', 'drafts'],
  ['comments', 'delegation_id', 'delegations'],
  ['comments', 'reply_to_id', 'comments'],
  ['comment_versions', 'comment_id', 'comments'],
  ['audit_events', 'meeting_id', 'meeting'],
  ['audit_events', 'draft_id', 'drafts'],
  ['audit_events', 'delegation_id', 'delegations'],
];

/** Delegation columns of the log and audit rows also name the chair's compromise text this way. */
const DELEGATION_WORDS = new Set([CHAIR_DELEGATION]);

/** Refuses a backup whose rows reach outside its own meeting. Returns the first problem found, or null. */
export function findBackupProblem(backup: MeetingBackup): string | null {
  const { tables, meetingId } = backup;
  const meeting = tables.meetings[0];
  if (tables.meetings.length !== 1 || meeting?.id !== meetingId) return 'it must hold exactly the one meeting it names';
  const ids = (rows: BackupRow[]) => new Set(rows.map((row) => String(row.id)));
  const targets: Record<Target, Set<string>> = {
    meeting: new Set([meetingId]),
    agenda_items: ids(tables.agenda_items),
    delegations: ids(tables.delegations),
    drafts: ids(tables.drafts),
    comments: ids(tables.comments),
    comment_versions: ids(tables.comment_versions),
    users: ids(tables.users),
  };
  for (const [table, column, target] of REFERENCES) {
    const allowed = targets[target];
    const stray = tables[table].find((row) => !refersWithin(row[column], allowed, target === 'delegations' && table !== 'memberships'));
    if (stray) return `a row of ${table} refers (${column}) to ${target === 'meeting' ? 'another meeting' : `something outside the meeting’s ${target.replace('_', ' ')}`}`;
  }
  if (!tables.memberships.every((row) => targets.users.has(String(row.user_id)))) return 'a row of memberships names a user the backup does not list';
  for (const [table, columns] of Object.entries(USER_COLUMNS) as [BackupTable, string[]][]) {
    const stray = tables[table].find((row) => columns.some((column) => !refersWithin(row[column], targets.users, false)));
    if (stray) return `a row of ${table} names a user the backup does not list`;
  }
  const badVersion = tables.audit_events.find((row) => !refersWithin(versionIdOf(row), targets.comment_versions, false));
  if (badVersion) return 'an event of audit_events names a comment version the backup does not hold';
  const badUser = tables.users.find((row) => !isUuid(row.id) || typeof row.email !== 'string' || typeof row.name !== 'string');
  if (badUser) return 'every user needs an id, an email and a name';
  for (const draftId of Object.keys(backup.documents)) if (!targets.drafts.has(draftId)) return 'a document belongs to no draft of the meeting';
  return null;
}

function refersWithin(value: unknown, allowed: Set<string>, delegationWords: boolean): boolean {
  if (value === null || value === undefined) return true;
  if (delegationWords && typeof value === 'string' && DELEGATION_WORDS.has(value)) return true;
  return allowed.has(String(value));
}

/** Comment events name the comment version they wrote (details.versionId). */
function versionIdOf(row: BackupRow): unknown {
  const details = row.details;
  return details && typeof details === 'object' ? (details as { versionId?: unknown }).versionId : undefined;
}
