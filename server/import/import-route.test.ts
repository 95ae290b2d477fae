import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as createDraftRoute } from '@/app/api/meetings/[meetingId]/setup/drafts/route';
import { POST as previewRoute } from '@/app/api/meetings/[meetingId]/setup/drafts/preview/route';
import type { DbHandle } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { signInAs } from '@/test-support/http/fake-session';
import { apiRequest, routeParams, useDatabaseForRoutes } from '@/test-support/http/route-test-kit';
import { addAgendaItem } from '@/server/setup/add-agenda-item';
import { newMeeting } from '@/test-support/setup/setup-test-kit';

vi.mock('@/server/auth/get-session-user', () => import('@/test-support/http/fake-session'));

let database: TestDatabase;
let handle: DbHandle;
let meetingId: string;
let agendaItemId: string;

beforeAll(async () => {
  database = await startTestDatabase();
  handle = useDatabaseForRoutes(database);
  const meeting = await newMeeting(database.db);
  meetingId = meeting.meetingId;
  signInAs({ id: meeting.secretariatId, name: 'Secretariat officer', email: 'officer@import.test' });
  agendaItemId = (await addAgendaItem({ db: database.db, userId: meeting.secretariatId, meetingId, fields: { number: '3', title: 'Trafficking in persons' } })).id;
});

afterAll(async () => {
  await handle?.close();
  await database?.stop();
});

/** A real Word file whose document part is replaced by `body` (the XML inside <w:body>). */
async function docxWithBody(body: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('1. Placeholder.')] }] })));
  const document = await zip.file('word/document.xml')?.async('string');
  if (!document) throw new Error('no document part');
  zip.file('word/document.xml', document.replace(/<w:body>[\s\S]*<\/w:body>/, `<w:body>${body}</w:body>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/** A Word file whose document part unzips to 60 MB (built once: deflating it takes seconds). */
let bigDocx: Promise<Buffer> | undefined;
const unzipsTo60Mb = () => (bigDocx ??= docxWithBody(`${paragraph('1. Recommends cooperation.')}<w:p><w:r><w:t>${' '.repeat(60 * 1024 * 1024)}</w:t></w:r></w:p>`));

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

function importForm(file: Buffer | string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  if (typeof file === 'string') {
    form.set('text', file);
    form.set('format', 'text');
  } else form.set('file', new Blob([new Uint8Array(file)]), 'draft.docx');
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

async function preview(form: FormData) {
  const response = await previewRoute(apiRequest(`/api/meetings/${meetingId}/setup/drafts/preview`, { method: 'POST', body: form }), routeParams({ meetingId }));
  return { status: response.status, body: await response.json() };
}

describe('importing a draft that unzips or counts past the bounds', () => {
  it('refuses a small .docx that unzips past 40 MB with 400 naming the bound', async () => {
    const bomb = await unzipsTo60Mb();
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const answer = await preview(importForm(bomb));
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/unzips to more than 40 MB/);
  });

  it('refuses a .docx with 200,000 paragraphs with 400 naming the bound, on preview and on create', async () => {
    const many = await docxWithBody(paragraph('Unnumbered line.').repeat(200_000));
    const answer = await preview(importForm(many));
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/more than 10,000 paragraphs or lines/);
    const fields = { agendaItemId, title: 'Draft recommendations', symbol: '', originalLanguage: 'en' };
    const created = await createDraftRoute(
      apiRequest(`/api/meetings/${meetingId}/setup/drafts`, { method: 'POST', body: importForm(many, fields) }),
      routeParams({ meetingId }),
    );
    expect(created.status).toBe(400);
  });

  it('refuses pasted text with 200,000 lines with 400 rather than overflowing the stack', async () => {
    const answer = await preview(importForm('Unnumbered line.\n'.repeat(200_000)));
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/more than 10,000 paragraphs or lines/);
  });

  it('still previews an ordinary Word draft', async () => {
    const answer = await preview(importForm(await docxWithBody(paragraph('1. Recommends that States cooperate.') + paragraph('2. Urges [States] to act.'))));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, counts: { operative: 2 } });
  });
});

/** Rewrites the uncompressed size a zip declares for `name`, in its local header and its central directory. */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  const fileName = Buffer.from(name);
  for (let at = 0; at < copy.length - 46; at++) {
    const signature = copy.readUInt32LE(at);
    if (signature === 0x04034b50 && copy.subarray(at + 30, at + 30 + fileName.length).equals(fileName)) copy.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50 && copy.subarray(at + 46, at + 46 + fileName.length).equals(fileName)) copy.writeUInt32LE(size, at + 24);
  }
  return copy;
}

describe('importing a .docx that lies about its sizes', () => {
  it('stops inflating at the bound even when the directory declares a small part', async () => {
    const bomb = declareSize(await unzipsTo60Mb(), 'word/document.xml', 1000);
    const answer = await preview(importForm(bomb));
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/unzips to more than 40 MB/);
  });
});
