import { createGunzip } from 'node:zlib';
import { AppError } from '@/server/http/app-error';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * The backup's JSON bytes: the file itself, or its gzip inflated as a stream that is stopped
 * the moment it passes `limit`. A small gzip can inflate to gigabytes; inflating it whole
 * (gunzipSync) would hold the server's memory and event loop until it was done.
 */
export async function inflateBackup({ file, limit, tooLarge }: { file: Uint8Array; limit: number; tooLarge: ServerSentence }): Promise<Uint8Array> {
  if (!isGzip(file)) {
    if (file.byteLength > limit) throw new AppError('too_large', tooLarge);
    return file;
  }
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip();
    const chunks: Buffer[] = [];
    let total = 0;
    let stopped = false;
    gunzip.on('data', (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) {
        stopped = true;
        gunzip.destroy();
        reject(new AppError('too_large', tooLarge));
        return;
      }
      chunks.push(chunk);
    });
    gunzip.on('error', () => {
      if (!stopped) reject(new AppError('bad_request', say('server.backup.gzipDamaged', {})));
    });
    gunzip.on('end', () => resolve(Buffer.concat(chunks, total)));
    gunzip.end(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
  });
}
