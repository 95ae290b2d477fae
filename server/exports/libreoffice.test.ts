import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrpModel } from '@/lib/exports/crp-model';
import { seedDemoMeeting } from '@/server/db/seed';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { buildCrpModel } from './build-crp-model';
import { exportCrpDocx } from './export-crp-docx';
import { exportTrackedDocx } from './export-tracked-docx';
import { docxToPdf, pdfPageCount, pdfText } from '@/test-support/exports/external-tools';
import { seedLanguageDraft } from '@/test-support/exports/seed-language-draft';

/**
 * The Word files as LibreOffice opens them (a reader without Word, and a check that the file
 * needs no repair): pages, the running header with the symbol from page 2, page numbers at the
 * foot, and no replacement character anywhere. Two conversions only: each takes seconds.
 */

let database: TestDatabase;
let arabic: CrpModel;
let chinese: CrpModel;

beforeAll(async () => {
  database = await startTestDatabase();
  await seedDemoMeeting(database.db);
  const now = new Date('2022-06-30T16:00:00Z');
  arabic = await buildCrpModel({ db: database.db, draftId: await seedLanguageDraft(database.db, 'ar'), now });
  chinese = await buildCrpModel({ db: database.db, draftId: await seedLanguageDraft(database.db, 'zh'), now });
});

afterAll(async () => {
  await database?.stop();
});

function checkPages(pdf: Buffer, symbol: string): string[] {
  const pages = pdfText(pdf, { raw: false }).replace(/[\u200e\u200f\u202a-\u202e]/g, '').split('\f').filter((page) => page.trim() !== '');
  expect(pdfPageCount(pdf)).toBe(pages.length);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  pages.forEach((page, index) => {
    expect(page, `page ${index + 1}`).not.toContain('\uFFFD');
    // LibreOffice numbers the lines of headers and footers too (Word does not): the page number
    // and the symbol stand on their own lines among the page's last and first few.
    const lines = page.trim().split('\n').map((line) => line.trim());
    expect(lines.slice(-3), `page ${index + 1}`).toContain(String(index + 1));
    if (index > 0) expect(lines.slice(0, 3), `page ${index + 1}`).toContain(symbol);
    else expect(lines.filter((line) => line.includes(symbol)), 'page 1: the masthead, no running header').toHaveLength(1);
  });
  return pages;
}

describe('LibreOffice opens the Word exports', () => {
  it('the Arabic CRP: pages numbered, the symbol at the head of every page after the first', { timeout: 120_000 }, async () => {
    const pages = checkPages(docxToPdf(await exportCrpDocx(arabic)), arabic.draft.symbol);
    // pdftotext spells the lam-alef ligature alef first.
    expect(pages[0]).toContain('األمم المتحدة');
  });

  it('the Chinese tracked-changes file: the same furniture, and the text with its changes', { timeout: 120_000 }, async () => {
    // Four times the paragraphs, so that the file runs to a second page.
    const paragraphs = [1, 2, 3, 4].flatMap((copy) => chinese.paragraphs.map((paragraph) => ({ ...paragraph, id: `${paragraph.id}-${copy}` })));
    const pages = checkPages(docxToPdf(await exportTrackedDocx({ ...chinese, paragraphs })), chinese.draft.symbol);
    const text = pages.join('\n').replace(/\s+/g, '');
    expect(text).toContain('联合国');
    expect(text).toContain('各缔约国应');
  });
});
