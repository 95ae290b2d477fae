import { AppError } from '@/server/http/app-error';
import { parseMultipart, readLimitedBody } from '@/server/http/read-limited-body';
import { BACKUP_JSON_TOO_LARGE, BACKUP_UPLOAD_TOO_LARGE, MAX_BACKUP_JSON_BYTES, MAX_BACKUP_UPLOAD_BYTES } from './backup/backup-limits';
import { inflateBackup } from './backup/inflate-backup';
import { say } from '@/lib/i18n/server-sentences';

/** The uploaded backup's JSON bytes (inflated when gzipped): a multipart form's "file" field, or the raw request body. */
export async function readBackupUpload(request: Request): Promise<Uint8Array> {
  const body = await readLimitedBody({ request, limit: MAX_BACKUP_UPLOAD_BYTES, tooLarge: BACKUP_UPLOAD_TOO_LARGE });
  const type = request.headers.get('content-type') ?? '';
  let file = body;
  if (type.startsWith('multipart/form-data')) {
    const form = await parseMultipart(request, body).catch(() => {
      throw new AppError('bad_request', say('server.backup.unreadableForm', {}));
    });
    const field = form.get('file');
    if (!(field instanceof Blob)) throw new AppError('bad_request', say('server.backup.attachFile', {}));
    file = new Uint8Array(await field.arrayBuffer());
  }
  if (file.byteLength === 0) throw new AppError('bad_request', say('server.backup.sendFile', {}));
  return inflateBackup({ file, limit: MAX_BACKUP_JSON_BYTES, tooLarge: BACKUP_JSON_TOO_LARGE });
}
