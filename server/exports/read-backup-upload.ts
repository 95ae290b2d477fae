import { AppError } from '@/server/http/app-error';

/** Larger than any real meeting (a long session's logs run to tens of MB); stops a runaway upload. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** The uploaded backup's bytes: a multipart form's "file" field, or the raw request body. */
export async function readBackupUpload(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BACKUP_BYTES) throw new AppError('bad_request', 'This file is too large to be a Concord backup.');
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof Blob)) throw new AppError('bad_request', 'Attach the backup file as the form field "file".');
    return checkSize(new Uint8Array(await file.arrayBuffer()));
  }
  return checkSize(new Uint8Array(await request.arrayBuffer()));
}

function checkSize(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength === 0) throw new AppError('bad_request', 'Send the backup file as the request body.');
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new AppError('bad_request', 'This file is too large to be a Concord backup.');
  return bytes;
}
