import { say } from '@/lib/i18n/server-sentences';

const MB = 1024 * 1024;

/**
 * The largest backup file accepted, as sent (gzipped or not). A long session's gzipped backup is a
 * few MB; the bound stops a runaway upload before it is held in memory.
 */
export const MAX_BACKUP_UPLOAD_BYTES = 20 * MB;

/**
 * The largest backup JSON accepted once inflated. Parsing it takes several times its size in
 * memory, so the bound also caps what one restore can take from the server.
 */
export const MAX_BACKUP_JSON_BYTES = 50 * MB;

export const BACKUP_UPLOAD_TOO_LARGE = say('server.backup.uploadTooLarge', { max: MAX_BACKUP_UPLOAD_BYTES / MB });
export const BACKUP_JSON_TOO_LARGE = say('server.backup.jsonTooLarge', { max: MAX_BACKUP_JSON_BYTES / MB });
