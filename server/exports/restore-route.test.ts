import { randomUUID } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as restore } from '@/app/api/meetings/restore/route';
import type { DbHandle } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { signInAs } from '@/test-support/http/fake-session';
import { apiRequest, useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { MEETING_FIELDS } from '@/test-support/setup/setup-test-kit';
import { createMeeting } from '@/server/setup/create-meeting';
import { createUser } from '@/server/users/create-user';
import { grantAdministrators } from '@/server/users/grant-administrators';
import { encodeBackup } from './backup/backup-format';
import { backupMeeting } from './backup-meeting';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));

let database: TestDatabase;
let handle: DbHandle;
let backupJson: string;
let meetingId: string;

beforeAll(async () => {
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  const officer = await createUser({ db: database.db, email: 'officer@restore.test', name: 'Documents officer', password: 'x'.repeat(12) });
  await grantAdministrators({ db: database.db, emails: [officer.email] });
  signInAs({ id: officer.id, name: officer.name, email: officer.email });
  meetingId = (await createMeeting({ db: database.db, userId: officer.id, fields: MEETING_FIELDS })).id;
  backupJson = JSON.stringify(await backupMeeting({ db: database.db, meetingId }));
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

/** `megabytes` of zeros, gzipped as a stream: about a thousandth of that size on the wire. */
async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

const post = (body: Uint8Array | FormData, contentType?: string) => restore(apiRequest('/api/meetings/restore', { method: 'POST', body, contentType }));

describe('POST /api/meetings/restore with oversized files', () => {
  it('refuses a small gzip that inflates past the bound with 413, without inflating it whole', async () => {
    const bomb = await gzipBomb(400);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const response = await post(bomb, 'application/gzip');
    expect(response.status).toBe(413);
    const { error } = await response.json();
    expect(error.message).toMatch(/more than 50 MB of JSON/);
    // The same sentence for the restore form to word in its reader's language.
    expect(error).toMatchObject({ key: 'server.backup.jsonTooLarge', params: { max: 50 } });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses the same bomb sent as a multipart form field', async () => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(await gzipBomb(80))]), 'backup.json.gz');
    const response = await post(form);
    expect(response.status).toBe(413);
  });

  it('refuses an upload over 20 MB with 413 naming the limit, whatever it declares', async () => {
    const response = await post(new Uint8Array(21 * 1024 * 1024).fill(0x20), 'application/json');
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toMatch(/larger than 20 MB/);
  });

  it('still restores a real gzipped backup', async () => {
    const copy = backupJson.split(meetingId).join(randomUUID());
    const response = await post(encodeBackup(JSON.parse(copy), { gzip: true }), 'application/gzip');
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ drafts: 0 });
  });
});
