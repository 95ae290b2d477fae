import { AppError } from '@/server/http/app-error';
import { say } from '@/lib/i18n/server-sentences';

/** Far above any valid comment or revision request; stops a client from making us buffer megabytes. */
const MAX_REQUEST_BYTES = 64 * 1024;

/** The request's JSON body, or a 400 that says what is wrong with it. */
export async function readRequestJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_REQUEST_BYTES) throw new AppError('bad_request', say('server.http.tooLarge', {}));
  const raw = await request.text();
  if (raw.length > MAX_REQUEST_BYTES) throw new AppError('bad_request', say('server.http.tooLarge', {}));
  if (raw.trim() === '') throw new AppError('bad_request', say('server.http.sendJson', {}));
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new AppError('bad_request', say('server.http.notJson', {}));
  }
}
