import { AppError } from '@/server/http/app-error';

/** Far above any valid comment or revision request; stops a client from making us buffer megabytes. */
const MAX_REQUEST_BYTES = 64 * 1024;

/** The request's JSON body, or a 400 that says what is wrong with it. */
export async function readRequestJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_REQUEST_BYTES) throw new AppError('bad_request', 'The request is too large.');
  const raw = await request.text();
  if (raw.length > MAX_REQUEST_BYTES) throw new AppError('bad_request', 'The request is too large.');
  if (raw.trim() === '') throw new AppError('bad_request', 'Send a JSON body.');
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}
