import { AppError } from '@/server/http/app-error';
import { MAX_IMPORT_BYTES } from './read-import-source';

/** Room for the multipart envelope and the draft's other fields around a file at the size limit. */
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 256 * 1024;

/** The multipart form of an import request, refused before it is read when it is obviously too large. */
export async function readImportForm(request: Request): Promise<FormData> {
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_REQUEST_BYTES) throw new AppError('bad_request', 'The upload is larger than 5 MiB.');
  try {
    return await request.formData();
  } catch {
    throw new AppError('bad_request', 'Send the draft as multipart/form-data (fields "text" and "format", or "file").');
  }
}
