import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fixture, MEETING_DELEGATIONS, ok, writeBack } from '@/test-support/import/import-test-kit';
import { isImportFailure, type ImportResult } from '@/lib/import/types';
import { parseDraftText } from '@/lib/import/parse-draft-text';
import { parseDraftDocx } from './parse-draft-docx';
import { UnreadableDocxError } from './unreadable-docx-error';

const NUMBERING = {
  config: [
    {
      reference: 'recommendations',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
      ],
    },
  ],
};

async function docxOf(children: Array<Paragraph | Table>): Promise<Buffer> {
  const document = new Document({ numbering: NUMBERING, sections: [{ children }] });
  return Packer.toBuffer(document);
}

const numbered = (text: string, level = 0) => new Paragraph({ text, numbering: { reference: 'recommendations', level } });

function summary(result: ImportResult) {
  if (isImportFailure(result)) throw new Error(result.error.message);
  return result.paragraphs.map((p) => `${p.label}|${writeBack(p.runs)}`);
}

/** A text fixture as Word paragraphs: one per line, a hard-wrapped line joined to the one above. */
function wordParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    block.split('\n').forEach((line, index) => {
      const wrapped = index > 0 && !/^(?:Option|Alt|备选案文|\()/.test(line);
      if (!wrapped || out.length === 0) out.push(line);
      else out[out.length - 1] += /\p{Script=Han}/u.test(line.charAt(0)) ? line : ` ${line}`;
    });
  }
  return out.filter((line) => line.trim() !== '');
}

const withoutPlace = (message: string) => message.replace(/^(?:Line \d+|Paragraph \d+ of the document)/, '…');

describe('parseDraftDocx', () => {
  it('keeps typed paragraph numbers and turns brackets into bracketed runs', async () => {
    const buffer = await docxOf([
      new Paragraph({ children: [new TextRun({ text: 'Draft recommendations', bold: true })] }),
      new Paragraph({ children: [new TextRun('PP1\t'), new TextRun({ text: 'Recalling', italics: true }), new TextRun(' the Protocol,')] }),
      new Paragraph(''),
      new Paragraph({ children: [new TextRun('1.\tStates should [consider '), new TextRun({ text: 'establishing', bold: true }), new TextRun('] measures;')] }),
      new Paragraph('1 bis. [Invites donors to contribute.]'),
    ]);
    const result = await parseDraftDocx(buffer);
    expect(summary(result)).toEqual(['PP1|Recalling the Protocol,', '1|States should [consider establishing] measures;', '1 bis|[Invites donors to contribute.]']);
    if (isImportFailure(result)) return;
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Paragraph 1 of the document is not part of a numbered paragraph and was left out: "Draft recommendations".',
    ]);
  });

  it('numbers paragraphs that Word numbers itself, PP when they end with a comma, with sub-items inside', async () => {
    const buffer = await docxOf([
      numbered('Recalling the Protocol,'),
      numbered('Noting with concern [the rise in cases],'),
      numbered('Requests the secretariat:'),
      numbered('to report;', 1),
      numbered('to assist States;', 1),
      numbered('Decides to remain seized of the matter.'),
    ]);
    const result = await parseDraftDocx(buffer);
    expect(summary(result)).toEqual([
      'PP1|Recalling the Protocol,',
      'PP2|Noting with concern [the rise in cases],',
      '1|Requests the secretariat: (a) to report; (b) to assist States;',
      '2|Decides to remain seized of the matter.',
    ]);
    if (isImportFailure(result)) return;
    expect(result.warnings.map((w) => w.message)).toEqual([
      '4 paragraphs were numbered automatically by Word; their numbers were rebuilt in order (PP when the paragraph ends with a comma). Check the labels below.',
    ]);
  });

  it('continues typed numbering with Word-numbered paragraphs', async () => {
    const buffer = await docxOf([new Paragraph('1. Decides;'), new Paragraph('2. Requests;'), numbered('Invites States.')]);
    expect(summary(await parseDraftDocx(buffer))).toEqual(['1|Decides;', '2|Requests;', '3|Invites States.']);
  });

  it('reads paragraphs inside tables', async () => {
    const table = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('3. Urges [States] to act.')] })] })] });
    expect(summary(await parseDraftDocx(await docxOf([table])))).toEqual(['3|Urges [States] to act.']);
  });

  it('names the Word paragraph of an unbalanced bracket', async () => {
    const result = await parseDraftDocx(await docxOf([new Paragraph('1. Decides;'), new Paragraph('2. Urges [States to act.')]));
    expect(isImportFailure(result) && result.error).toEqual({
      line: 2,
      message: 'Paragraph 2 of the document: a square bracket "[" opened here in paragraph 2 is never closed. Close it with "]" inside the same paragraph.',
      sentence: { key: 'server.import.unclosed', params: { where: { key: 'server.import.where.document', params: { line: 2 } }, label: '2' } },
    });
  });

  it('keeps options on their own Word paragraphs and "2之二." paragraphs, even in a Word list', async () => {
    const buffer = await docxOf([
      new Paragraph('2. The Working Group:'),
      numbered('Option 1: Decides to establish an expert group;'),
      numbered('Option 2: No text.', 1),
      new Paragraph('2之二. 各缔约国应[汇编][收集和传播]（欧洲联盟；巴西）数据；'),
      new Paragraph('3. [States parties should [consider] provide[ing] training] (Egypt);'),
    ]);
    expect(summary(await parseDraftDocx(buffer))).toEqual([
      '2|The Working Group:\nOption 1: Decides to establish an expert group;\nOption 2: No text.',
      '2之二|各缔约国应[汇编][收集和传播] (欧洲联盟；巴西)数据；',
      '3|[States parties should [consider] provide[ing] training] (Egypt);',
    ]);
  });

  it('reads the English and Chinese fixture drafts from Word with the same structure as from text', async () => {
    for (const name of ['english-draft', 'chinese-draft'] as const) {
      const expected = ok(parseDraftText(fixture(name), { delegations: MEETING_DELEGATIONS })).paragraphs.map((p) => `${p.label}|${writeBack(p.runs)}`);
      const buffer = await docxOf(wordParagraphs(fixture(name)).map((text) => new Paragraph(text)));
      const result = ok(await parseDraftDocx(buffer, { delegations: MEETING_DELEGATIONS }));
      expect(summary(result)).toEqual(expected);
      const fromText = ok(parseDraftText(fixture(name), { delegations: MEETING_DELEGATIONS })).warnings;
      expect(result.warnings.map((w) => withoutPlace(w.message))).toEqual(fromText.map((w) => withoutPlace(w.message)));
    }
  });

  it('refuses a file that is not a ZIP package', async () => {
    await expect(parseDraftDocx(Buffer.from('This is plain text pretending to be Word.'))).rejects.toBeInstanceOf(UnreadableDocxError);
  });

  it('refuses a ZIP package that is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'not a document');
    const buffer = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(parseDraftDocx(buffer)).rejects.toThrow(/could not be read/);
  });

  it('refuses a truncated Word document', async () => {
    const buffer = await docxOf([new Paragraph('1. Decides.')]);
    await expect(parseDraftDocx(buffer.subarray(0, Math.floor(buffer.length / 2)))).rejects.toBeInstanceOf(UnreadableDocxError);
  });
});
