import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrpModel } from '@/lib/exports/crp-model';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { buildCrpModel } from './build-crp-model';
import { exportCrpDocx } from './export-crp-docx';
import { readDocx } from '@/test-support/exports/read-docx';
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

const find = (paragraphs: string[], text: string) => paragraphs.findIndex((paragraph) => paragraph.includes(text));

describe('exportCrpDocx', () => {
  it('prints the UN masthead with the symbol, distribution, date, original language and agenda footnote', async () => {
    const { paragraphs, footnotesXml } = await readDocx(await exportCrpDocx(model));
    expect(paragraphs[0]).toBe('United Nations\tCTOC/COP/WG.4/2022/CRP.4');
    expect(paragraphs.slice(1, 4)).toEqual(['Distr.: General', '30 June 2022', 'Original: English']);
    expect(paragraphs).toContain('Conference of the Parties to the United Nations Convention against Transnational Organized Crime');
    expect(paragraphs).toContain('Working Group on Trafficking in Persons');
    expect(paragraphs).toContain('Vienna, 29 and 30 June 2022');
    expect(paragraphs).toContain('Item 2 of the provisional agenda*');
    expect(footnotesXml).toContain('CTOC/COP/WG.4/2022/1.');
    expect(footnotesXml).toContain('This conference room paper has not been edited.');
    expect(paragraphs.find((text) => text.startsWith('Draft recommendations'))).toMatch(/persons\*\*$/);
  });

  it('marks the masthead footnotes *, ** as UN papers do, and carries a running header and page numbers', async () => {
    const docx = await exportCrpDocx(model);
    const { documentXml, footnotesXml } = await readDocx(docx);
    expect(documentXml).toContain('<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r></w:p>');
    expect(documentXml).toContain(
      '<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">*</w:t></w:r>',
    );
    expect(footnotesXml).toMatch(/<w:footnoteRef\/><\/w:r><w:r><w:rPr><w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">\*<\/w:t><\/w:r><w:r><w:t xml:space="preserve"> <\/w:t><\/w:r>[\s\S]*This conference room paper/);
    expect(documentXml).not.toContain('†');
    const zip = await JSZip.loadAsync(docx);
    const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => zip.file(name)?.async('string')));
    expect(headers.join('')).toContain('CTOC/COP/WG.4/2022/CRP.4');
    const footers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => zip.file(name)?.async('string')));
    expect(footers.join('')).toContain('PAGE');
    expect(documentXml).toContain('<w:titlePg/>');

  });

  it('numbers the lines of the body continuously, and not those of the masthead', async () => {
    const { documentXml } = await readDocx(await exportCrpDocx(model));
    const sections = documentXml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('w:lnNumType');
    expect(sections[1]).toMatch(/<w:lnNumType[^>]*w:countBy="1"[^>]*w:restart="continuous"/);
    expect(sections[1]).toContain('<w:type w:val="continuous"/>');
    const masthead = documentXml.indexOf('Distr.: General');
    const firstSection = documentXml.indexOf('<w:sectPr');
    expect(masthead).toBeLessThan(firstSection);
    // A section's properties sit in its last paragraph: the body's text comes after them.
    const firstBodyWords = model.paragraphs[0]?.rendered.slice(0, 20) ?? '?';
    expect(documentXml.indexOf(firstBodyWords)).toBeGreaterThan(firstSection);
  });

  it('prints every paragraph with its label and the screen rendering, in order', async () => {
    const { paragraphs } = await readDocx(await exportCrpDocx(model));
    let previous = -1;
    for (const paragraph of model.paragraphs) {
      const index = paragraphs.indexOf(`${paragraph.label.startsWith('PP') ? paragraph.label : `${paragraph.label}.`}\t${paragraph.rendered}`);
      expect(index, `${paragraph.label}: ${paragraph.rendered}`).toBeGreaterThan(previous);
      previous = index;
    }
    expect(paragraphs).toContain('1.\tStates parties should [replace: consider establishing | with: establish] (Mexico, supported by Argentina; opposed by Canada) a framework of non-punishment;');
    expect(paragraphs).toContain('2.\tStates parties [alt 1: replace: shall | with: should (Mexico) / alt 2: may (European Union)] provide training to judges;');
    expect(paragraphs).toContain('3 bis.\t[Invites donors to support technical assistance.] (Nigeria)');
    expect(paragraphs).toContain('[delete paragraph] (Canada)');
    expect(paragraphs).toContain('Status: Agreed ad referendum');
    expect(paragraphs).toContain('Status: Agreed in informals');
    expect(paragraphs).not.toContain('Status: Open');
  });

  it('prints alternative sets, nested brackets, bracket alternatives, notes and options as the screen does, each option on its own line', async () => {
    const { paragraphs, documentXml } = await readDocx(await exportCrpDocx(model));
    expect(paragraphs).toContain(
      '8.\tStates parties [replace: should | with: alt 1: shall (Mexico) / alt 2: may (Canada, supported by Japan)] [provide training to [front-line] officers] (Canada, supported by Mexico; Japan: delete) on early identification.',
    );
    expect(paragraphs).toContain('9.\t[Recognizing] (European Union)[Acknowledging] (Egypt; Japan) the role of [joint investigation teams / parallel investigations] in cross-border cases,');
    expect(paragraphs).toContain(
      '10.\tThe Working Group recommends that:\nOption 1: States parties should designate national focal points. (Mexico)\nOption 2: No text. (Japan, supported by Canada)',
    );
    // A real line break in Word, not a "\n" inside the text.
    expect(documentXml).toMatch(/recommends that:<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t[^>]*>Option 1: <\/w:t>/);
    expect(documentXml).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });

  it('styles proposed words, deletions and attributions as the screen does', async () => {
    const { documentXml } = await readDocx(await exportCrpDocx(model));
    expect(documentXml).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:strike\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>consider establishing<\/w:t>/);
    expect(documentXml).toMatch(/<w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>(?:(?!<\/w:rPr>).)*<w:u w:val="single"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>establish<\/w:t>/);
    expect(documentXml).toMatch(/<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*> \(Mexico\)<\/w:t>/);
  });

  it('lists the comments received under each paragraph: States alphabetically, then observers, latest version, none withdrawn', async () => {
    const { paragraphs } = await readDocx(await exportCrpDocx(model));
    const op1 = find(paragraphs, '1.\tStates parties should');
    const op2 = find(paragraphs, '2.\tStates parties [alt 1');
    const order = ['Argentina', FIXTURE_COMMENTS.argentina, 'Canada', FIXTURE_COMMENTS.canada, 'Mexico', FIXTURE_COMMENTS.mexicoEdited, 'International Organization for Migration', FIXTURE_COMMENTS.iom];
    const positions = order.map((text) => paragraphs.indexOf(text));
    expect(positions.every((position) => position > op1 && position < op2), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(paragraphs[op1 + 1]).toBe('Comments received');
    expect(paragraphs).not.toContain(FIXTURE_COMMENTS.mexicoFirst);
    expect(paragraphs).not.toContain(FIXTURE_COMMENTS.japanWithdrawn);
    expect(paragraphs.indexOf(FIXTURE_COMMENTS.eu)).toBeGreaterThan(op2);
    const general = paragraphs.indexOf('General comments');
    expect(general).toBeGreaterThan(op2);
    expect(paragraphs.indexOf('Nigeria')).toBeGreaterThan(general);
    expect(paragraphs.indexOf('Council of Europe')).toBeGreaterThan(paragraphs.indexOf('Nigeria'));
  });

  it('drops every attribution in the variant without attribution', async () => {
    const { paragraphs, documentXml } = await readDocx(await exportCrpDocx(model, { attribution: false }));
    expect(paragraphs).toContain('1.\tStates parties should [replace: consider establishing | with: establish] a framework of non-punishment;');
    expect(paragraphs).toContain('8.\tStates parties [replace: should | with: alt 1: shall / alt 2: may] [provide training to [front-line] officers] on early identification.');
    expect(paragraphs).toContain('9.\t[Recognizing][Acknowledging] the role of [joint investigation teams / parallel investigations] in cross-border cases,');
    expect(paragraphs).toContain('10.\tThe Working Group recommends that:\nOption 1: States parties should designate national focal points.\nOption 2: No text.');
    expect(paragraphs).toContain('[delete paragraph]');
    expect(paragraphs).toContain(FIXTURE_COMMENTS.argentina);
    for (const name of ['Mexico', 'Canada', 'Nigeria', 'European Union', 'Argentina', 'Japan', 'Egypt', 'International Organization for Migration']) {
      expect(paragraphs.filter((paragraph) => paragraph === name || new RegExp(`\\([^)]*${name}`).test(paragraph)), name).toEqual([]);
    }
    expect(documentXml).not.toContain('(Chair)');
  });

  it('renders a revision as it stood, with the revision symbol and the comments of that day', async () => {
    const revision = await buildCrpModel({ db: database.db, draftId: fixture.draftId, revisionId: fixture.revisionId });
    const { paragraphs } = await readDocx(await exportCrpDocx(revision));
    expect(paragraphs[0]).toBe('United Nations\tCTOC/COP/WG.4/2022/CRP.4/Rev.1');
    expect(paragraphs).toContain('29 June 2022');
    expect(paragraphs).toContain(FIXTURE_COMMENTS.mexicoFirst);
    expect(paragraphs).toContain(FIXTURE_COMMENTS.japanWithdrawn);
    expect(paragraphs).not.toContain(FIXTURE_COMMENTS.mexicoEdited);
    const op4 = find(paragraphs, '4.\tStates parties are encouraged');
    expect(paragraphs[op4 + 2]).not.toBe('Status: Agreed');
    expect(find(await readDocx(await exportCrpDocx(model)).then((docx) => docx.paragraphs), 'Status: Agreed')).toBeGreaterThan(-1);
  });

  it('writes a Chinese draft with the Chinese masthead words and the East Asian font', async () => {
    const chinese = await buildCrpModel({ db: database.db, draftId: fixture.chineseDraftId, now: new Date('2022-06-30T16:00:00Z') });
    const { paragraphs, stylesXml, footnotesXml } = await readDocx(await exportCrpDocx(chinese));
    expect(paragraphs[0]).toBe('联合国\tCTOC/COP/WG.4/2022/CRP.9');
    // Chinese papers keep the distribution block in English.
    expect(paragraphs.slice(1, 4)).toEqual(['Distr.: General', '30 June 2022', 'Original: Chinese']);
    expect(paragraphs).toContain('临时议程项目2*');
    expect(paragraphs).toContain(`${CHINESE_TEXT.title}**`);
    expect(paragraphs).toContain(`1.\t${CHINESE_TEXT.op1}`);
    expect(paragraphs).toContain(`2.\t${CHINESE_TEXT.op2Plain}[${CHINESE_TEXT.op2Inserted}]（主席）${CHINESE_TEXT.op2Tail}`);
    expect(footnotesXml).toContain('本会议室文件未经编辑。');
    // Word sets Chinese characters in the eastAsia font of the document defaults, tagged Chinese.
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });
});
