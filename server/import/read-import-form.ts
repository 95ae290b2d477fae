import { AppError } from '@/server/http/app-error';
import { parseMultipart, readLimitedBody } from '@/server/http/read-limited-body';
import { MAX_IMPORT_BYTES } from './import-limits';

/** Room for the multipart envelope and the draft's other fields around a file at the size limit. */
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 256 * 1024;

/** The multipart form of an import request, read no further than the size limit. */
export async function readImportForm(request: Request): Promise<FormData> {
  const body = await readLimitedBody({ request, limit: MAX_REQUEST_BYTES, tooLarge: 'The upload is larger than 5 MiB, the most an import may be; nothing was imported.' });
  try {
    return await parseMultipart(request, body);
  } catch {
    throw new AppError('bad_request', 'Send the draft as multipart/form-data (fields "text" and "format", or "file").');
  }
}
