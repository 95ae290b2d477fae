import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import JSZip from 'jszip';
import { signIn } from './helpers';

/**
 * Exports are plain URLs fetched with the session cookie (docs/PROTOCOL.md): what a script does
 * with curl, the test does with the signed-in browser context's request API.
 */

async function signedIn(browser: Browser, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return context.request;
}

async function demoDraft(request: APIRequestContext): Promise<{ meetingId: string; draftId: string }> {
  // Other journeys create meetings of their own: pick the demo meeting by its title.
  const { meetings } = (await (await request.get('/api/meetings')).json()) as { meetings: { id: string; title: string }[] };
  const meetingId = meetings.find((meeting) => /Twelfth meeting of the Working Group/.test(meeting.title))?.id ?? '';
  const detail = (await (await request.get(`/api/meetings/${meetingId}`)).json()) as { drafts: { id: string; symbol: string | null }[] };
  const draft = detail.drafts.find((entry) => entry.symbol === 'CTOC/COP/WG.4/2022/CRP.1');
  return { meetingId, draftId: draft?.id ?? '' };
}

test('a delegate downloads the CRP in every format; a viewer cannot', async ({ browser }) => {
  const mexico = await signedIn(browser, 'mexico@concord.test');
  const { draftId } = await demoDraft(mexico);

  const crp = await mexico.get(`/api/drafts/${draftId}/export/crp.docx`);
  expect(crp.status()).toBe(200);
  expect(crp.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(crp.headers()['content-disposition']).toContain('filename="CTOC-COP-WG.4-2022-CRP.1.docx"');
  const documentXml = await (await JSZip.loadAsync(await crp.body())).file('word/document.xml')?.async('string');
  expect(documentXml).toContain('CTOC/COP/WG.4/2022/CRP.1');
  expect(documentXml).toContain('Distr.: General');
  expect(documentXml).toContain(' (Mexico, supported by Argentina; opposed by Canada)');

  const unattributed = await mexico.get(`/api/drafts/${draftId}/export/crp.docx?attribution=0`);
  const plainXml = await (await JSZip.loadAsync(await unattributed.body())).file('word/document.xml')?.async('string');
  expect(plainXml).not.toContain(' (Mexico');

  const pdf = await mexico.get(`/api/drafts/${draftId}/export/crp.pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const tracked = await mexico.get(`/api/drafts/${draftId}/export/tracked.docx`);
  const trackedXml = await (await JSZip.loadAsync(await tracked.body())).file('word/document.xml')?.async('string');
  expect(trackedXml).toMatch(/<w:ins [^>]*w:author="Mexico"/);

  const akn = await mexico.get(`/api/drafts/${draftId}/export/akn.xml`);
  expect(await akn.text()).toContain('<docNumber>CTOC/COP/WG.4/2022/CRP.1</docNumber>');
  expect((await mexico.get(`/api/drafts/${draftId}/export/clean.txt`)).headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect((await mexico.get(`/api/drafts/${draftId}/export/crp.rtf`)).status()).toBe(404);

  const viewer = await signedIn(browser, 'viewer@concord.test');
  expect((await viewer.get(`/api/drafts/${draftId}/export/crp.docx`)).status()).toBe(403);
  const anonymous = await (await browser.newContext()).request.get(`/api/drafts/${draftId}/export/crp.docx`);
  expect(anonymous.status()).toBe(401);
});

test('the secretariat downloads a backup of the meeting; a delegate cannot', async ({ browser }) => {
  const secretariat = await signedIn(browser, 'secretariat@concord.test');
  const { meetingId } = await demoDraft(secretariat);
  const backup = await secretariat.get(`/api/meetings/${meetingId}/backup`);
  expect(backup.status()).toBe(200);
  expect(backup.headers()['content-disposition']).toMatch(/filename="concord-backup-CTOC-COP-WG.4-2022-\d{4}-\d{2}-\d{2}\.json"/);
  const file = (await backup.json()) as { format: string; meetingId: string; tables: { drafts: unknown[] } };
  expect(file).toMatchObject({ format: 'concord-meeting-backup', meetingId });
  expect(file.tables.drafts.length).toBeGreaterThanOrEqual(2);

  const again = await secretariat.post('/api/meetings/restore', { data: file });
  expect(again.status()).toBe(409);

  const mexico = await signedIn(browser, 'mexico@concord.test');
  expect((await mexico.get(`/api/meetings/${meetingId}/backup`)).status()).toBe(403);
});
