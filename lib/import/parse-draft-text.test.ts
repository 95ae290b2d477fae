import { describe, expect, it } from 'vitest';
import { ok, writeBack } from '@/test-support/import/import-test-kit';
import { parseDraftText } from './parse-draft-text';
import { isImportFailure, type ImportResult } from './types';

function failure(result: ImportResult) {
  if (!isImportFailure(result)) throw new Error('expected a failure');
  return result.error;
}

const labels = (result: ImportResult) => ok(result).paragraphs.map((p) => `${p.kind}:${p.label}`);
const text = (result: ImportResult, index: number) => writeBack(ok(result).paragraphs[index]?.runs ?? []);

describe('parseDraftText — numbering styles', () => {
  it('reads "1." and "1)" as operative paragraphs', () => {
    const result = parseDraftText('1. Requests the secretariat;\n2) Invites States;');
    expect(labels(result)).toEqual(['OP:1', 'OP:2']);
    expect(text(result, 0)).toBe('Requests the secretariat;');
    expect(text(result, 1)).toBe('Invites States;');
  });

  it('reads PP and OP prefixes with or without a space or a full stop', () => {
    const input = ['PP 1 Recalling its resolution,', 'PP2. Noting with concern,', 'PP3: Bearing in mind,', 'OP 1 Decides;', 'OP2. Requests;', 'O.P. 3 Invites;', 'op4) Urges;'].join('\n');
    expect(labels(parseDraftText(input))).toEqual(['PP:PP1', 'PP:PP2', 'PP:PP3', 'OP:1', 'OP:2', 'OP:3', 'OP:4']);
    expect(text(parseDraftText(input), 0)).toBe('Recalling its resolution,');
  });

  it('reads Latin suffixes in any spelling and writes them the room\'s way', () => {
    const input = ['1. First;', '1 bis. Inserted;', '1ter Also inserted;', '2. Second;', '2 Quater) Odd but clear;', 'PP 2 bis Recalling,'].join('\n');
    expect(labels(parseDraftText(input))).toEqual(['OP:1', 'OP:1 bis', 'OP:1 ter', 'OP:2', 'OP:2 quater', 'PP:PP2 bis']);
  });

  it('does not mistake a year, a decimal or a page reference for a paragraph number', () => {
    const result = parseDraftText('1. Notes that\n2022. was a year\n1.5 million victims\npp. 3 of the report;');
    expect(labels(result)).toEqual(['OP:1']);
    expect(text(result, 0)).toBe('Notes that 2022. was a year 1.5 million victims pp. 3 of the report;');
    expect(ok(result).warnings.map((w) => w.message)).toEqual([
      'Line 2 starts with "2022" but was read as text of paragraph 1, not as paragraph 2022: it follows a line without a blank line and is not the next number. Put a blank line before it if it is a paragraph.',
    ]);
  });

  it('keeps "(a)"-style sub-items inside their paragraph, even after a blank line', () => {
    const input = '3. Encourages States parties:\n\n(a) To train judges;\n\nb) To inform victims;\n(iv) To cooperate;\n\n4. Decides.';
    const result = parseDraftText(input);
    expect(labels(result)).toEqual(['OP:3', 'OP:4']);
    expect(text(result, 0)).toBe('Encourages States parties: (a) To train judges; b) To inform victims; (iv) To cooperate;');
  });

  it('joins hard-wrapped lines into their paragraph', () => {
    const result = parseDraftText('PP1 Recalling the Protocol to Prevent,\n   Suppress and Punish Trafficking in Persons,\n\n1. Requests.');
    expect(text(result, 0)).toBe('Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons,');
  });

  it('leaves out titles and chapeaux that are not numbered, and says so', () => {
    const input = 'Draft recommendations\n\nThe Working Group,\n\nPP1 Recalling,\n\nRecommends the following:\n\n1. Requests.';
    const result = ok(parseDraftText(input));
    expect(result.paragraphs.map((p) => p.label)).toEqual(['PP1', '1']);
    const messages = result.warnings.map((w) => w.message);
    expect(messages).toContain('Line 1 is not part of a numbered paragraph and was left out: "Draft recommendations".');
    expect(messages).toContain('Line 3 is not part of a numbered paragraph and was left out: "The Working Group,".');
    expect(messages).toContain('Line 7 is not part of a numbered paragraph and was left out: "Recommends the following:".');
  });

  it('leaves out the wrapped lines of a line it left out, instead of adding them to the paragraph above', () => {
    const input = '1. Decides;\n\nThe Working Group recommends\nthe following measures:\n\n2. Requests.';
    const result = ok(parseDraftText(input));
    expect(result.paragraphs.map((p) => writeBack(p.runs))).toEqual(['Decides;', 'Requests.']);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Line 3 is not part of a numbered paragraph and was left out: "The Working Group recommends".',
      'Line 4 is not part of a numbered paragraph and was left out: "the following measures:".',
    ]);
  });

  it('warns about gaps and preambular paragraphs after operative ones', () => {
    const result = ok(parseDraftText('PP1 Recalling,\n1. Decides;\n3. Requests;\nPP2 Noting,'));
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Line 3: paragraph 3 comes where 2 was expected.',
      'Line 4: preambular paragraph PP2 comes after operative paragraphs.',
    ]);
    // The preview words each warning in the secretariat's language from its sentence.
    expect(result.warnings[1]?.sentence).toEqual({
      key: 'server.import.ppAfterOp',
      params: { where: { key: 'server.import.where.line', params: { line: 4 } }, label: 'PP2' },
    });
  });

  it('records the line each paragraph starts on', () => {
    const result = ok(parseDraftText('\n\nPP1 Recalling,\n\n1. Decides;'));
    expect(result.paragraphs.map((p) => p.line)).toEqual([3, 5]);
  });
});

describe('parseDraftText — square brackets', () => {
  it('turns bracketed text into bracketed runs and drops the brackets', () => {
    const result = ok(parseDraftText('1. States should [consider establishing] measures [, as appropriate,] for victims;'));
    expect(result.paragraphs[0]?.runs).toEqual([
      { text: 'States should ', brackets: [] },
      { text: 'consider establishing', brackets: [{ key: 'b1' }] },
      { text: ' measures ', brackets: [] },
      { text: ', as appropriate,', brackets: [{ key: 'b2' }] },
      { text: ' for victims;', brackets: [] },
    ]);
  });

  it('brackets a whole paragraph written "[3. …]"', () => {
    const result = ok(parseDraftText('[3. Invites donors to provide resources.]'));
    expect(result.paragraphs[0]?.label).toBe('3');
    expect(result.paragraphs[0]?.runs).toEqual([{ text: 'Invites donors to provide resources.', brackets: [{ key: 'b1' }] }]);
  });

  it('lets a bracket span wrapped lines of one paragraph', () => {
    const result = parseDraftText('1. Calls upon [States parties\nand signatories] to act;');
    expect(text(result, 0)).toBe('Calls upon [States parties and signatories] to act;');
  });

  it('keeps nested brackets, outermost first, without a warning', () => {
    const result = ok(parseDraftText('1. Urges [States [parties] to act] now;'));
    const outer = { key: 'b1' };
    expect(result.paragraphs[0]?.runs).toEqual([
      { text: 'Urges ', brackets: [] },
      { text: 'States ', brackets: [outer] },
      { text: 'parties', brackets: [outer, { key: 'b2' }] },
      { text: ' to act', brackets: [outer] },
      { text: ' now;', brackets: [] },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('ignores empty brackets with a warning', () => {
    const result = ok(parseDraftText('1. Urges [] States;'));
    expect(text(result, 0)).toBe('Urges States;');
    expect(result.warnings[0]?.message).toBe('Line 1: empty square brackets "[]" were ignored.');
  });

  it('refuses a bracket that is never closed, naming the line where it opens', () => {
    const error = failure(parseDraftText('PP1 Recalling,\n\n1. Urges [States\nto act;\n\n2. Decides.'));
    expect(error.line).toBe(3);
    expect(error.message).toBe('Line 3: a square bracket "[" opened here in paragraph 1 is never closed. Close it with "]" inside the same paragraph.');
  });

  it('refuses a closing bracket without an opening one, naming its line', () => {
    const error = failure(parseDraftText('1. Urges States;\n2. Decides]\nthat;'));
    expect(error.line).toBe(2);
    expect(error.message).toContain('Line 2: a closing square bracket "]" in paragraph 2 has no matching "["');
  });

  it('refuses brackets nested deeper than any negotiated text, instead of exhausting the stack', () => {
    const deep = `1. ${'['.repeat(100_000)}x${']'.repeat(100_000)}`;
    expect(failure(parseDraftText(deep)).message).toBe('Line 1: square brackets in paragraph 1 are nested more than 50 deep. Check the brackets of this paragraph.');
    expect(ok(parseDraftText(`1. ${'['.repeat(50)}x${']'.repeat(50)}`)).paragraphs[0]?.runs[0]?.brackets).toHaveLength(50);
  });

  it('imports a very long bracketed alternative without exhausting the stack', () => {
    const long = 'x'.repeat(300_000);
    const result = ok(parseDraftText(`1. [a / ${long}] end`));
    expect(result.paragraphs[0]?.runs.map((run) => run.text.length)).toEqual([1, 300_000, 4]);
  });

  it('refuses a bracket that runs on into the next paragraph', () => {
    const error = failure(parseDraftText('1. Urges [States;\n2. Decides] that;'));
    expect(error.line).toBe(1);
  });
});

describe('parseDraftText — bad input', () => {
  it('refuses empty text', () => {
    expect(failure(parseDraftText('  \n\n ')).message).toBe('Line 1: the text is empty. Paste the draft or choose a file.');
  });

  it('refuses text without numbered paragraphs, naming the first line', () => {
    const error = failure(parseDraftText('\nRecalling the Protocol,\nNoting with concern,'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^Line 2: no numbered paragraphs were found/);
  });

  it('refuses a label used twice, naming both lines', () => {
    const error = failure(parseDraftText('1. Decides;\n2. Requests;\n\n2 Bis. Invites;\n2. Urges;'));
    expect(error.line).toBe(5);
    expect(error.message).toBe('Line 5: paragraph 2 is numbered twice (it already appears on line 2). Give each paragraph its own number, e.g. "2 bis".');
  });

  it('treats "PP 2" and "PP2" as the same label', () => {
    expect(failure(parseDraftText('PP2 Recalling,\nPP 2 Noting,')).line).toBe(2);
  });

  it('warns about a numbered paragraph with no text', () => {
    const result = ok(parseDraftText('1.\n\n2. Decides.'));
    expect(result.warnings.map((w) => w.message)).toContain('Line 1: paragraph 1 has no text.');
  });
});

describe('parseDraftText — Markdown', () => {
  it('reads Markdown lists and emphasis, leaves headings out, keeps brackets', () => {
    const input = [
      '# Draft recommendations',
      '',
      '**PP1** *Recalling* the Protocol,',
      '',
      '1\\. *Requests* the secretariat [to report] to the Working Group:',
      '- at its next meeting;',
      '',
      '2. Invites [donors](https://example.org) to contribute.',
    ].join('\n');
    const result = ok(parseDraftText(input, { format: 'markdown' }));
    expect(result.paragraphs.map((p) => p.label)).toEqual(['PP1', '1', '2']);
    expect(text(parseDraftText(input, { format: 'markdown' }), 0)).toBe('Recalling the Protocol,');
    expect(text(parseDraftText(input, { format: 'markdown' }), 1)).toBe('Requests the secretariat [to report] to the Working Group: at its next meeting;');
    expect(text(parseDraftText(input, { format: 'markdown' }), 2)).toBe('Invites donors to contribute.');
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Line 1 is not part of a numbered paragraph and was left out: "Draft recommendations".',
    ]);
  });

  it('leaves underscores inside words alone', () => {
    const result = parseDraftText('1. See file_name_here and _this_.', { format: 'markdown' });
    expect(text(result, 0)).toBe('See file_name_here and this.');
  });
});
