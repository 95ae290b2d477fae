import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '@/lib/exports/export-formats';
import { auditEvents } from '@/server/db/schema';
import type { CrpModel } from '@/lib/exports/crp-model';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { buildCrpModel } from './build-crp-model';
import { exportAknXml } from './export-akn-xml';
import { exportCleanDocx } from './export-clean-docx';
import { exportCleanTxt } from './export-clean-txt';
import { exportDraft } from './export-draft';
import { exportTrackedDocx } from './export-tracked-docx';
import { decodeXml, readDocx } from '@/test-support/exports/read-docx';
import { validateAkn } from '@/test-support/exports/external-tools';
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

function revisions(xml: string, tag: 'ins' | 'del') {
  return [...xml.matchAll(new RegExp(`<w:${tag} ([^>]*)>([\\s\\S]*?)</w:${tag}>`, 'g'))].map((match) => ({
    author: decodeXml(/w:author="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? ''),
    date: /w:date="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? '',
    text: [...(match[2] ?? '').matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((t) => decodeXml(t[1] ?? '')).join(''),
  }));
}

describe('exportTrackedDocx', () => {
  it('writes every pending proposal as a Word insertion or deletion authored by its delegation, with its date', async () => {
    const { documentXml } = await readDocx(await exportTrackedDocx(model));
    const insertions = revisions(documentXml, 'ins');
    const deletions = revisions(documentXml, 'del');
    expect(insertions).toEqual(
      expect.arrayContaining([
        { author: 'Mexico', date: '2022-06-29T10:00:00Z', text: 'establish' },
        { author: 'Mexico', date: '2022-06-29T10:00:00Z', text: 'should' },
        { author: 'Chair', date: '2022-06-29T10:00:00Z', text: ', disaggregated by sex and age' },
        { author: 'Nigeria', date: '2022-06-29T10:00:00Z', text: 'Invites donors to support technical assistance.' },
      ]),
    );
    expect(deletions).toEqual(
      expect.arrayContaining([
        { author: 'Mexico', date: '2022-06-29T10:00:00Z', text: 'consider establishing' },
        { author: 'Mexico', date: '2022-06-29T10:00:00Z', text: 'shall' },
        { author: 'Canada', date: '2022-06-29T10:00:00Z', text: 'on all cases' },
        { author: 'Canada', date: '2022-06-29T10:00:00Z', text: 'States parties are encouraged to request technical assistance from UNODC.' },
      ]),
    );
    expect(documentXml).toContain('<w:delText');
    expect(documentXml).not.toMatch(/\[(?:replace|delete):/);
    // The second alternative of a set is a comment, never a tracked insertion beside the first.
    expect(insertions.map((insertion) => insertion.text)).not.toContain('may');
  });

  it('keeps the base text readable around the changes and records positions as a Word comment', async () => {
    const buffer = await exportTrackedDocx(model);
    const { paragraphs } = await readDocx(buffer);
    expect(paragraphs).toContain('1.\tStates parties should consider establishingestablish a framework of non-punishment;');
    expect(paragraphs).toContain('PP2\tNoting with concern that victims are compelled to commit offences, [including drug-related offences,]');
    const JSZip = (await import('jszip')).default;
    const commentsXml = await (await JSZip.loadAsync(buffer)).file('word/comments.xml')?.async('string');
    expect(commentsXml).toContain('Mexico, supported by Argentina; opposed by Canada');
    // Positions are the Secretariat's record; alternatives are written by their delegation.
    expect(commentsXml).toMatch(/w:author="Secretariat"[^>]*>[\s\S]*?Mexico, supported by Argentina/);
    expect(commentsXml).toMatch(/w:author="European Union"[^>]*>[\s\S]*?alt 2, European Union: may/);
    expect(commentsXml).toContain('alt 2, European Union: may (strikes nothing; alt 1 strikes “shall”)');
    expect(commentsXml).toContain('alt 2, Canada: may');
    const settings = await (await JSZip.loadAsync(buffer)).file('word/settings.xml')?.async('string');
    expect(settings).toContain('<w:trackRevisions');
  });
});

describe('clean text of the agreed paragraphs', () => {
  it('lists only agreed paragraphs, without brackets or attributions, in .txt and .docx', async () => {
    const txt = exportCleanTxt(model).toString('utf8');
    expect(txt).toContain('PP1 Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons,');
    expect(txt).toContain('4. States parties are encouraged to request technical assistance from UNODC.');
    expect(txt).not.toContain('PP2');
    expect(txt).not.toContain('Agreed ad referendum');
    expect(txt).not.toMatch(/\[|\(Mexico\)/);
    const { paragraphs } = await readDocx(await exportCleanDocx(model));
    expect(paragraphs).toContain('PP1\tRecalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons,');
    expect(paragraphs).toContain('4.\tStates parties are encouraged to request technical assistance from UNODC.');
    expect(paragraphs.some((paragraph) => paragraph.includes('central points of contact'))).toBe(false);
  });
});

describe('exportAknXml', () => {
  it('is valid Akoma Ntoso 3.0', () => {
    const result = validateAkn(exportAknXml(model));
    expect(result.output).toContain('validates');
    expect(result.valid).toBe(true);
  });

  it('identifies the paper by its symbol and carries every paragraph with label, status and proposals by delegation', () => {
    const xml = exportAknXml(model).toString('utf8');
    expect(xml).toContain('<FRBRalias value="CTOC/COP/WG.4/2022/CRP.4" name="UNSymbol"/>');
    expect(xml).toContain('<FRBRlanguage language="eng"/>');
    expect(xml).toContain('<docNumber>CTOC/COP/WG.4/2022/CRP.4</docNumber>');
    expect(xml).toMatch(/<TLCOrganization eId="(dlg_mex)" href="[^"]+" showAs="Mexico"\/>/);
    for (const paragraph of model.paragraphs) {
      const element = new RegExp(`<(recital|paragraph) eId="[^"]+" refersTo="#status_${paragraph.status}"[^>]*concord:paragraph="${paragraph.id}"[^>]*><num>${paragraph.label.startsWith('PP') ? paragraph.label : `${paragraph.label}\\.`}</num>([\\s\\S]*?)</\\1>`);
      const match = element.exec(xml);
      expect(match, paragraph.label).not.toBeNull();
      const body = (match?.[2] ?? '').replace(/<p class="deletionProposal">[\s\S]*?<\/p>/, '');
      const textContent = decodeXml(body.replace(/<noteRef[^>]*\/>/g, '').replace(/<\/p><p[^>]*>/g, '\n').replace(/<[^>]+>/g, ''));
      expect(textContent).toBe(paragraph.rendered);
    }
    expect(xml).toContain('<ins refersTo="#dlg_mex" concord:proposal="p-mex">establish</ins>');
    expect(xml).toContain(
      '<p>The Working Group recommends that:</p><p class="option">Option 1: States parties should designate national focal points.<span class="attribution"> (Mexico)</span></p><p class="option">Option 2: No text.<span class="attribution"> (Japan, supported by Canada)</span></p>',
    );
    expect(xml).toContain('[provide training to [front-line] officers]<span class="attribution"> (Canada, supported by Mexico; Japan: delete)</span>');
    expect(xml).toContain('<span class="attribution" refersTo="#dlg_can" concord:proposal="p8-can"> (Canada, supported by Japan)</span>');
    expect(xml).toContain('<del refersTo="#dlg_mex" concord:proposal="p-mex">consider establishing</del>');
    expect(xml).toMatch(/<notes source="#dlg_mex"><note eId="note_p-mex" class="proposal replace" placementBase="#para_1"><p>Mexico proposes to replace “consider establishing” with “establish”/);
    expect(xml).toContain('Supported by <organization refersTo="#dlg_arg">Argentina</organization>.');
    expect(xml).toContain('<p>Canada proposes to replace “should” with “may” (alternative 2 at this spot) (<date date="2022-06-29">2022-06-29</date>).</p>');
    expect(xml).toContain(`<p>${FIXTURE_COMMENTS.argentina}</p>`);
    expect(xml).not.toContain(FIXTURE_COMMENTS.japanWithdrawn);
    expect(xml).toContain('<authorialNote eId="fn_agenda" marker="*" placement="bottom"><p>CTOC/COP/WG.4/2022/1.</p></authorialNote>');
  });

  it('writes a Chinese draft valid, in Chinese, with the Chinese language code', async () => {
    const chinese = await buildCrpModel({ db: database.db, draftId: fixture.chineseDraftId });
    const xml = exportAknXml(chinese);
    expect(validateAkn(xml).valid).toBe(true);
    const text = xml.toString('utf8');
    expect(text).toContain('<FRBRlanguage language="zho"/>');
    expect(text).toContain(CHINESE_TEXT.op1);
    expect(text).toContain('<docTitle>关于不惩罚人口贩运受害者的建议草案</docTitle>');
  });
});

describe('exportDraft', () => {
  const as = (email: string) => required(fixture.ids[email]);

  it('serves every format to a delegate with its content type and a file name from the symbol', async () => {
    const expected: Record<string, [string, string]> = {
      'crp.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'CTOC-COP-WG.4-2022-CRP.4.docx'],
      'tracked.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'CTOC-COP-WG.4-2022-CRP.4-tracked.docx'],
      'clean.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'CTOC-COP-WG.4-2022-CRP.4-agreed.docx'],
      'clean.txt': ['text/plain; charset=utf-8', 'CTOC-COP-WG.4-2022-CRP.4-agreed.txt'],
      'crp.pdf': ['application/pdf', 'CTOC-COP-WG.4-2022-CRP.4.pdf'],
      'akn.xml': ['application/akn+xml; charset=utf-8', 'CTOC-COP-WG.4-2022-CRP.4.akn.xml'],
    };
    for (const format of EXPORT_FORMATS) {
      const file = await exportDraft({ db: database.db, userId: as('mexico@concord.test'), draftId: fixture.draftId, format });
      expect([file.contentType, file.filename], format).toEqual(expected[format]);
      expect(file.body.byteLength).toBeGreaterThan(100);
    }
  });

  it('names the unattributed CRP and a revision apart, and records the export in the audit log', async () => {
    const file = await exportDraft({ db: database.db, userId: as('observer@concord.test'), draftId: fixture.draftId, format: 'crp.docx', revisionId: fixture.revisionId, attribution: false });
    expect(file.filename).toBe('CTOC-COP-WG.4-2022-CRP.4-Rev.1-unattributed.docx');
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'draft.export'), eq(auditEvents.userId, as('observer@concord.test'))));
    expect(events.map((event) => event.details)).toEqual([{ format: 'crp.docx', revisionId: fixture.revisionId, attribution: false }]);
  });

  it('issues the CRP with the date and number the secretariat chose, and refuses them from anyone else', async () => {
    const file = await exportDraft({ db: database.db, userId: as('secretariat@concord.test'), draftId: fixture.draftId, format: 'crp.docx', issue: { date: '2022-07-01', number: 7 } });
    expect(file.filename).toBe('CTOC-COP-WG.4-2022-CRP.7.docx');
    const { paragraphs } = await readDocx(file.body);
    expect(paragraphs[0]).toBe('United Nations\tCTOC/COP/WG.4/2022/CRP.7');
    expect(paragraphs).toContain('1 July 2022');
    const refused = await exportDraft({ db: database.db, userId: as('mexico@concord.test'), draftId: fixture.draftId, format: 'crp.docx', issue: { number: 7 } }).then(
      () => 'ok',
      (error: { code?: string }) => error.code,
    );
    expect(refused).toBe('forbidden');
  });

  it('refuses viewers, strangers, unknown formats and revisions of other drafts', async () => {
    const attempt = (userId: string, format = 'crp.docx', revisionId: string | null = null) =>
      exportDraft({ db: database.db, userId, draftId: fixture.draftId, format, revisionId }).then(
        () => 'ok',
        (error: { code?: string }) => error.code,
      );
    expect(await attempt(as('viewer@concord.test'))).toBe('forbidden');
    expect(await attempt('00000000-0000-4000-8000-000000000000')).toBe('not_found');
    expect(await attempt(as('chair@concord.test'), 'crp.rtf')).toBe('not_found');
    expect(await attempt(as('chair@concord.test'), 'crp.docx', '00000000-0000-4000-8000-000000000000')).toBe('not_found');
    expect(await attempt(as('chair@concord.test'), 'crp.docx', 'not-a-uuid')).toBe('not_found');
  });
});

function required(value: string | undefined): string {
  if (!value) throw new Error('fixture id missing');
  return value;
}
