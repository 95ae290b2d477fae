import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { MAX_BACKUP_JSON_BYTES } from './backup-limits';
import { say } from '@/lib/i18n/server-sentences';
import { AppError } from '@/server/http/app-error';

/**
 * The meeting backup file (docs/PROTOCOL.md, "Backup and restore"): one JSON object, optionally
 * gzipped. Table rows are PostgreSQL's own JSON of each row (row_to_json: snake_case columns,
 * timestamps with microseconds, bytea as "\x…" hex), so that a restore writes back exactly what
 * was read, whatever columns the schema has. `documents` holds each draft's complete current
 * Yjs state (base64 of Y.encodeStateAsUpdate) beside its update log, for tools that only want
 * the text and as a check on restore. Users carry no password hashes.
 */

export const BACKUP_FORMAT = 'concord-meeting-backup';
export const BACKUP_VERSION = 1;

/** Tables in restore order (each only refers to tables before it, or to itself). */
export const BACKUP_TABLES = [
  'users',
  'meetings',
  'agenda_items',
  'programme_slots',
  'delegations',
  'memberships',
  'meeting_invitations',
  'drafts',
  'draft_updates',
  'draft_snapshots',
  'revisions',
  'comments',
  'comment_versions',
  'audit_events',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type BackupRow = Record<string, unknown>;

/** Columns that name a user; those users are written into the backup (without password hashes). */
export const USER_COLUMNS: Partial<Record<BackupTable, string[]>> = {
  memberships: ['user_id'],
  meeting_invitations: ['created_by', 'accepted_by'],
  draft_updates: ['user_id'],
  revisions: ['created_by'],
  comments: ['user_id', 'withdrawn_by'],
  comment_versions: ['edited_by'],
  audit_events: ['user_id'],
};


const rows = z.array(z.record(z.string(), z.unknown()));

export const meetingBackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  meetingId: z.uuid(),
  /** How many database migrations the exporting instance had applied. */
  schemaVersion: z.number().int().nonnegative(),
  // Files written before invitations were backed up have no meeting_invitations: none pending.
  tables: z.object({
    ...(Object.fromEntries(BACKUP_TABLES.map((table) => [table, rows])) as Record<BackupTable, typeof rows>),
    meeting_invitations: rows.default([]),
  }),
  documents: z.record(z.string(), z.string()),
});

export type MeetingBackup = z.infer<typeof meetingBackupSchema>;

const GZIP_MAGIC = [0x1f, 0x8b];

export function encodeBackup(backup: MeetingBackup, options: { gzip?: boolean } = {}): Buffer {
  const json = Buffer.from(JSON.stringify(backup), 'utf8');
  return options.gzip ? gzipSync(json) : json;
}

/**
 * Parses a backup file (plain or gzipped JSON); throws a readable Error when it is not one. The
 * restore route inflates uploads itself, as a bounded stream; the bound here keeps any other
 * caller from inflating a gzip bomb whole.
 */
export function decodeBackup(file: Uint8Array): MeetingBackup {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const gzipped = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  let parsed: unknown;
  try {
    parsed = JSON.parse((gzipped ? gunzipSync(bytes, { maxOutputLength: MAX_BACKUP_JSON_BYTES }) : bytes).toString('utf8'));
  } catch {
    throw new AppError('bad_request', say('server.backup.notJson', {}));
  }
  const result = meetingBackupSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    // The schema's words name a field and stay English, like zod's everywhere else.
    const problem = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
    throw new AppError('bad_request', say('server.backup.notMeetingBackup', { version: BACKUP_VERSION, problem }));
  }
  return result.data;
}
