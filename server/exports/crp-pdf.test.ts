import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrpModel } from '@/lib/exports/crp-model';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { buildCrpModel } from './build-crp-model';
import { exportCrpPdf } from './export-crp-pdf';
import { pdfFonts, pdfText } from '@/test-support/exports/external-tools';
import { CHINESE_TEXT, FIXTURE_COMMENTS, seedExportDraft, type ExportFixture } from '@/test-support/exports/seed-export-draft';

let database: TestDatabase;
let fixture: ExportFixture;
let model: CrpModel;

beforeAll(async () => {
  database = await startTestDatabase();
  fixture = await seedExportDraft(database.db);
  model = await buildCrpModel({ db: database.db, draftId: fixture.draftId, now: new Date('2022-06-30T16:00:00Z') });
});

afterAll(async () => {
  await database?.stop();
});

/** Line breaks (and a hyphen's break) fall wherever the page width puts them: compare without whitespace. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** Each line of a paragraph's text starts with its number in the margin ("2 offences, …"). */
const withoutLineNumbers = (text: string) => text.replace(/^\d+ /gm, '');

describe('exportCrpPdf', () => {
  it('starts with the %PDF header and embeds its fonts', async () => {
    const pdf = await exportCrpPdf(model);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const fonts = pdfFonts(pdf);
    expect(fonts).toMatch(/NotoSerif-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('carries the masthead, every paragraph as rendered on screen, the statuses and the comments', async () => {
    const text = withoutLineNumbers(pdfText(await exportCrpPdf(model)));
    const flat = squeeze(text);
    for (const line of ['United Nations', 'CTOC/COP/WG.4/2022/CRP.4', 'Distr.: General', '30 June 2022', 'Original: English', 'Vienna, 29 and 30 June 2022', 'Item 2 of the provisional agenda*', '* CTOC/COP/WG.4/2022/1.', '** This conference room paper has not been edited.']) {
      expect(text).toContain(line);
    }
    for (const paragraph of model.paragraphs) {
      expect(flat, paragraph.label).toContain(squeeze(paragraph.rendered));
    }
    expect(flat).toContain(squeeze('[delete paragraph] (Canada)'));
    expect(flat).toContain(squeeze('[replace: consider establishing | with: establish] (Mexico, supported by Argentina; opposed by Canada)'));
    expect(flat).toContain(squeeze('[replace: should | with: alt 1: shall (Mexico) / alt 2: may (Canada, supported by Japan)] [provide training to [front-line] officers] (Canada, supported by Mexico; Japan: delete)'));
    expect(flat).toContain(squeeze('[Recognizing] (European Union)[Acknowledging] (Egypt; Japan) the role of [joint investigation teams / parallel investigations]'));
    // Each option on its own line.
    expect(text).toMatch(/recommends that:\nOption 1: States parties should designate national focal points\.\s\(Mexico\)\nOption 2: No text\.\s\(Japan, supported by Canada\)\n/);
    expect(flat).toContain(squeeze('Status: Agreed ad referendum'));
    expect(flat).toContain(squeeze(FIXTURE_COMMENTS.argentina));
    expect(flat).not.toContain(squeeze(FIXTURE_COMMENTS.japanWithdrawn));
    const order = ['Argentina', 'Canada', 'Mexico', 'International Organization for Migration'].map((name) => text.indexOf(`\n${name}\n`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('numbers the lines of each paragraph in the margin as the screen view cuts them, from 1 in every paragraph', async () => {
    const text = pdfText(await exportCrpPdf(model));
    expect(text).toContain('\n1 States parties should [replace: consider establishing | with:\n2 establish] (Mexico, supported by Argentina; opposed by Canada) a\n3 framework of non-punishment;\n');
    expect(text).toContain('\n1 The Working Group recommends that:\n2 Option 1: States parties should designate national focal points.\n3 (Mexico)\n4 Option 2:');
    expect(text).not.toMatch(/^1 Comments received/m);
  });

  it('leaves out the delegations without attribution', async () => {
    const flat = squeeze(withoutLineNumbers(pdfText(await exportCrpPdf(model, { attribution: false }))));
    for (const paragraph of model.paragraphs) expect(flat).toContain(squeeze(paragraph.renderedWithoutAttribution));
    expect(flat).not.toContain('(Mexico');
    expect(flat).not.toContain(squeeze('(Canada, supported by Mexico; Japan: delete)'));
    expect(flat).not.toContain(squeeze('(Egypt; Japan)'));
  });

  it('renders a Chinese draft with an embedded Chinese font', async () => {
    const chinese = await buildCrpModel({ db: database.db, draftId: fixture.chineseDraftId, now: new Date('2022-06-30T16:00:00Z') });
    const pdf = await exportCrpPdf(chinese);
    const text = squeeze(pdfText(pdf));
    for (const expected of ['联合国', 'Original: Chinese', '30 June 2022', '临时议程项目2', CHINESE_TEXT.title, CHINESE_TEXT.op1]) {
      expect(text).toContain(squeeze(expected));
    }
    expect(text).toContain(squeeze(`${CHINESE_TEXT.op2Plain}[${CHINESE_TEXT.op2Inserted}]（主席）${CHINESE_TEXT.op2Tail}`));
    expect(pdfFonts(pdf)).toMatch(/NotoSerifSC-Regular\s+CID\s+\S+(\s+\S+)?\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('renders Arabic text with an embedded Arabic font', async () => {
    const arabic: CrpModel = {
      ...model,
      draft: { ...model.draft, language: 'ar', originalLanguage: 'ar', title: 'مشروع توصيات' },
      paragraphs: model.paragraphs.slice(0, 1).map((paragraph) => ({
        ...paragraph,
        segments: [{ kind: 'plain', text: 'تعزيز التعاون الدولي', delegation: null, proposal: null }],
        comments: [],
      })),
      generalComments: [],
    };
    const pdf = await exportCrpPdf(arabic);
    expect(pdfFonts(pdf)).toMatch(/NotoNaskhArabic\s+CID TrueType\s+Identity-H\s+yes/);
    // pdftotext wraps right-to-left text in embedding marks and spells the lam-alef ligature in
    // visual order, so look for words without that ligature.
    const words = pdfText(pdf).replace(/[\u200e\u200f\u202a-\u202e]/g, '').split(/\s+/);
    for (const word of ['المتحدة', 'تعزيز', 'التعاون', 'الدولي', 'عليها', 'متفق']) expect(words).toContain(word);
  });
});
