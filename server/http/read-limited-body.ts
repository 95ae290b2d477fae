import { AppError } from './app-error';
import type { ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * Reads a request body, stopping as soon as it passes `limit` bytes. Content-Length is only a
 * first check: a chunked upload declares none, so the bytes themselves are counted.
 */
export async function readLimitedBody({ request, limit, tooLarge }: { request: Request; limit: number; tooLarge: string | ServerSentence }): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw new AppError('too_large', tooLarge);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new AppError('too_large', tooLarge);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Parses a multipart body already read (and bounded) by readLimitedBody. */
export async function parseMultipart(request: Request, body: Uint8Array): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  return new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
}
