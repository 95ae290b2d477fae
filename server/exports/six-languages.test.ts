import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrpModel } from '@/lib/exports/crp-model';
import { MASTHEAD_WORDS, UN_LANGUAGES, type UnLanguage } from '@/lib/exports/masthead-words';
import { CONVENTION_WORDS } from '@/lib/negotiation/convention-words';
import { seedDemoMeeting } from '@/server/db/seed';
import { DEMO_AGENDA_TRANSLATIONS, DEMO_DELEGATION_NAMES, DEMO_MEETING_TRANSLATIONS } from '@/server/db/seed/demo-translations';
import { delegations } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { buildCrpModel } from './build-crp-model';
import { exportAknXml } from './export-akn-xml';
import { exportCrpDocx } from './export-crp-docx';
import { exportCrpPdf } from './export-crp-pdf';
import { containsWord, englishWordsForeignTo } from '@/test-support/exports/english-words';
import { pdfText, validateAkn } from '@/test-support/exports/external-tools';
import { PHRASES } from '@/test-support/exports/phrasebook';
import { decodeXml, paragraphTexts } from '@/test-support/exports/read-docx';
import { seedLanguageDraft } from '@/test-support/exports/seed-language-draft';
import { listUntranslatedWords } from './list-untranslated-words';

let database: TestDatabase;
const models = new Map<UnLanguage, CrpModel>();
const draftIds = new Map<UnLanguage, string>();

beforeAll(async () => {
  database = await startTestDatabase();
  await seedDemoMeeting(database.db);
  // Japan has no French name: the French paper prints "Japan" and says so.
  await database.db.update(delegations).set({ nameTranslations: { ar: 'اليابان', zh: '日本', ru: 'Япония', es: 'Japón' } }).where(eq(delegations.name, 'Japan'));
  for (const language of UN_LANGUAGES) {
    const draftId = await seedLanguageDraft(database.db, language);
    draftIds.set(language, draftId);
    models.set(language, await buildCrpModel({ db: database.db, draftId, now: new Date('2022-06-30T16:00:00Z') }));
  }
});

afterAll(async () => {
  await database?.stop();
});

const modelOf = (language: UnLanguage): CrpModel => {
  const model = models.get(language);
  if (!model) throw new Error(`no ${language} model`);
  return model;
};

/** Every paragraph of the .docx: body, footnotes and running headers. */
async function docxParagraphs(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const parts = Object.keys(zip.files).filter((name) => /^word\/(document|footnotes|header\d+|footer\d+)\.xml$/.test(name));
  const texts = await Promise.all(parts.map((name) => zip.file(name)?.async('string') ?? ''));
  return texts.flatMap((xml) => paragraphTexts(xml)).map(decodeXml);
}

/** The lines a paper may keep in English: its distribution block (Arabic, Chinese and Russian papers keep it so). */
function allowedLines(model: CrpModel): Set<string> {
  return new Set(MASTHEAD_WORDS[model.draft.language].distributionBlock(model.date));
}

function leaks(lines: readonly string[], model: CrpModel): string[] {
  const allowed = allowedLines(model);
  const untranslated = model.untranslated.map((entry) => entry.replace(/^delegation /, ''));
  const foreign = englishWordsForeignTo(model.draft.language).filter((word) => !untranslated.includes(word));
  return lines
    .map((line) => line.replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim())
    .filter((line) => !allowed.has(line))
    .flatMap((line) => foreign.filter((word) => containsWord(line, word)).map((word) => `"${word}" in "${line}"`));
}

describe('before the export', () => {
  it('tells the secretariat what the paper would print in English, and nothing for an English draft', async () => {
    const words = (language: UnLanguage) => listUntranslatedWords({ db: database.db, draftId: draftIds.get(language) ?? '', language });
    expect(await words('fr')).toEqual([{ english: 'delegation Japan', sentence: { key: 'server.untranslated.delegation', params: { name: 'Japan' } } }]);
    expect(await words('es')).toEqual([]);
    expect(await words('en')).toEqual([]);
  });
});

describe.each(UN_LANGUAGES.filter((language) => language !== 'en'))('the CRP in %s', (language) => {
  it('names what it printed in English for want of a translation', () => {
    expect(modelOf(language).untranslated).toEqual(language === 'fr' ? ['delegation Japan'] : []);
  });

  it('prints no English template word in the .docx, and its own words instead', async () => {
    const model = modelOf(language);
    const lines = await docxParagraphs(await exportCrpDocx(model));
    expect(leaks(lines, model)).toEqual([]);
    const text = lines.join('\n');
    const words = MASTHEAD_WORDS[language];
    const convention = CONVENTION_WORDS[language];
    for (const expected of [
      words.unitedNations,
      words.commentsHeading,
      words.statusLabels.agreed,
      DEMO_MEETING_TRANSLATIONS[language as 'fr']?.body ?? '?',
      DEMO_AGENDA_TRANSLATIONS['2']?.[language as 'fr'] ?? '?',
      words.placeAndDates(DEMO_MEETING_TRANSLATIONS[language as 'fr']?.venue ?? '?', words.formatMeetingDates('2022-06-29', '2022-06-30')),
      convention.replace.trim(),
      convention.supportedBy(DEMO_DELEGATION_NAMES.Argentina?.[language as 'fr'] ?? '?'),
      convention.chair,
      convention.deleteParagraph,
      PHRASES[language].op9Chapeau,
    ]) {
      expect(text, expected).toContain(expected.trim());
    }
  });

  it('writes the Akoma Ntoso preface and notes in its language, and the file stays valid', async () => {
    const model = modelOf(language);
    const xml = (await exportAknXml(model)).toString('utf8');
    for (const english of ['proposes', 'Supported by', 'supported by', 'Opposed by', 'Reply from', 'United Nations', 'Vienna']) expect(xml).not.toContain(english);
    expect(xml).toContain(MASTHEAD_WORDS[language].unitedNations);
    expect(validateAkn(await exportAknXml(model)).valid).toBe(true);
  });

  it('prints no English template word in the PDF', async () => {
    const model = modelOf(language);
    const lines = pdfText(await exportCrpPdf(model), { raw: false }).split('\n');
    expect(leaks(lines, model)).toEqual([]);
    expect(lines.join('\n')).toContain(model.draft.symbol);
  });
});

describe('the leak check', () => {
  it('finds the English words of an English paper held against the French words', async () => {
    const english = await docxParagraphs(await exportCrpDocx(modelOf('en')));
    const found = leaks(english, modelOf('fr')).join('\n');
    for (const word of ['"Chair"', '"replace:"', '"supported by"', '"Comments received"', '"Vienna"', '"Mexico"']) expect(found).toContain(word);
  });
});

describe('the CRP in English', () => {
  it('keeps the English words and needs no translation', async () => {
    const model = modelOf('en');
    expect(model.untranslated).toEqual([]);
    const text = (await docxParagraphs(await exportCrpDocx(model))).join('\n');
    expect(text).toContain('[replace: consider establishing | with: establish] (Mexico, supported by Argentina; opposed by Canada)');
    expect(text).toContain('Vienna, 29 and 30 June 2022');
  });

  it('lists the comments by delegation, each with its quoted words and the replies under it', async () => {
    const lines = await docxParagraphs(await exportCrpDocx(modelOf('en')));
    const at = (text: string) => lines.indexOf(text);
    const phrases = PHRASES.en;
    expect(at('Mexico')).toBeGreaterThan(at('Canada'));
    expect(at(`“establish” ${phrases.comment1}`)).toBe(at('Mexico') + 1);
    expect(at(`Reply from Mexico: ${phrases.reply}`)).toBe(at('Mexico') + 2);
    expect(lines.filter((line) => line.includes(phrases.reply))).toHaveLength(1);
    expect(at(`“consider establishing” ${phrases.comment2}`)).toBe(at('Canada') + 1);
    const pdf = pdfText(await exportCrpPdf(modelOf('en'))).replace(/\s+/g, ' ');
    expect(pdf).toContain(`Mexico “establish” ${phrases.comment1} Reply from Mexico: ${phrases.reply}`);
  });
});

describe('the Chinese CRP', () => {
  it('uses full-width parentheses, colons and the Chinese order of dates and venue', async () => {
    const text = (await docxParagraphs(await exportCrpDocx(modelOf('zh')))).join('\n');
    expect(text).toContain('[替换：考虑建立 | 改为：建立]（墨西哥，得到阿根廷支持；加拿大反对）');
    expect(text).toContain('2022年6月29日和30日，维也纳');
    expect(text).toContain('状态：已商定');
  });
});

describe('the Arabic .docx', () => {
  it('sets every paragraph with Arabic text right to left, its runs too', async () => {
    const zip = await JSZip.loadAsync(await exportCrpDocx(modelOf('ar')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const arabicParagraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => match[0]).filter((p) => /[\u0600-\u06ff]/.test(p));
    expect(arabicParagraphs.length).toBeGreaterThan(20);
    for (const paragraph of arabicParagraphs) expect(paragraph).toContain('<w:bidi/>');
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    // Runs are right to left by default in the document's styles, and the language is Arabic for complex script.
    expect(styles).toMatch(/<w:rPrDefault>[\s\S]*<w:rtl\/>[\s\S]*<\/w:rPrDefault>/);
    expect(styles).toContain('w:bidi="ar"');
  });

  it('lays out every section from the right, and an English paper from the left', async () => {
    const sections = async (language: UnLanguage) => {
      const zip = await JSZip.loadAsync(await exportCrpDocx(modelOf(language)));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      return [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
    };
    const arabic = await sections('ar');
    expect(arabic.length).toBeGreaterThanOrEqual(2);
    for (const section of arabic) expect(section).toMatch(/<w:bidi\/>(<w:rtlGutter|<w:docGrid|<w:printerSettings|<\/w:sectPr>)/);
    for (const section of await sections('en')) expect(section).not.toContain('<w:bidi');
  });
});

describe('the Arabic PDF', () => {
  it('reads in logical order when its text is extracted', async () => {
    const text = pdfText(await exportCrpPdf(modelOf('ar')), { raw: false }).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
    // pdftotext spells the lam-alef ligature alef first: compare in its spelling.
    const asExtracted = (words: string) => words.replace(/ل([اأإآ])/g, '$1ل');
    for (const words of ['مؤتمر الأطراف في اتفاقية الأمم المتحدة', 'الفريق العامل المعني بالاتجار بالأشخاص', 'ينبغي للدول الأطراف أن']) {
      expect(text).toContain(asExtracted(words));
    }
    // Around digits pdftotext rebuilds the punctuation's place from glyph positions; the words keep their order.
    expect(text).toMatch(/فيينا\D{0,4}29\D{0,4}و\s?30\s?حزيران\/يونيه 2022/);
  });
});
