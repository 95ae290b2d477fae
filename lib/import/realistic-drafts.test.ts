import { describe, expect, it } from 'vitest';
import { describeParagraph } from './describe-paragraph';
import { ENGLISH_DRAFT_AS_WRITTEN, fixture, MEETING_DELEGATIONS, ok, writeBack } from '@/test-support/import/import-test-kit';
import { parseDraftText } from './parse-draft-text';
import { countImport } from './to-new-paragraphs';
import type { ImportedParagraph, ImportSuccess } from './types';

/**
 * Two drafts in the shape of real UN negotiating texts (test-support/import/fixtures/*.txt), imported paragraph by
 * paragraph: labels, lines, runs, brackets, spots, options, attributions and warnings.
 */

function importFixture(name: 'english-draft' | 'chinese-draft'): ImportSuccess {
  return ok(parseDraftText(fixture(name), { delegations: MEETING_DELEGATIONS }));
}

function paragraph(result: ImportSuccess, label: string): ImportedParagraph {
  const found = result.paragraphs.find((p) => p.label === label);
  if (!found) throw new Error(`no paragraph ${label}`);
  return found;
}

describe('a bracketed English draft', () => {
  const result = importFixture('english-draft');

  it('finds every paragraph with its label and line, options and 1000 included', () => {
    expect(result.paragraphs.map((p) => `${p.kind} ${p.label} @${p.line}`)).toEqual([
      'PP PP1 @5',
      'PP PP2 @7',
      'PP PP2 bis @9',
      'OP 1 @13',
      'OP 2 @15',
      'OP 3 @17',
      'OP 3 bis @19',
      'OP 3 ter @24',
      'OP 4 @26',
      'OP 1000 @30',
    ]);
  });

  it('keeps each paragraph exactly as the room wrote it', () => {
    expect(result.paragraphs.map((p) => writeBack(p.runs))).toEqual(ENGLISH_DRAFT_AS_WRITTEN);
  });

  it('keeps adjacent alternatives as two brackets of one spot', () => {
    expect(paragraph(result, 'PP2').runs).toEqual([
      { text: 'Recognizing', brackets: [{ key: 'b1', spot: 's1', form: 'adjacent' }] },
      { text: 'Acknowledging', brackets: [{ key: 'b2', spot: 's1', form: 'adjacent' }] },
      { text: ' that joint investigations are an effective tool to dismantle trafficking networks,', brackets: [] },
    ]);
  });

  it('lets an attribution sit between adjacent alternatives, and keeps the space as plain text', () => {
    const runs = paragraph(result, 'PP2 bis').runs;
    expect(runs.slice(0, 3)).toEqual([
      { text: 'Concerned', brackets: [{ key: 'b3', spot: 's2', form: 'adjacent', attribution: 'Egypt' }] },
      { text: ' ', brackets: [] },
      { text: 'Deeply concerned', brackets: [{ key: 'b4', spot: 's2', form: 'adjacent', attribution: 'European Union' }] },
    ]);
    expect(describeParagraph(runs).spots).toEqual([
      { form: 'adjacent', alternatives: [{ text: 'Concerned', attribution: 'Egypt' }, { text: 'Deeply concerned', attribution: 'European Union' }] },
      { form: 'slash', alternatives: [{ text: 'prosecuted', attribution: null }, { text: 'punished', attribution: null }] },
    ]);
  });

  it('keeps nested brackets to any depth, with the attribution of the outer one', () => {
    const structure = describeParagraph(paragraph(result, '2').runs);
    expect(structure.brackets).toEqual([
      {
        depth: 0,
        text: 'States parties should consider provideing training to judges, prosecutors and law enforcement officials on the early identification of victims',
        attribution: 'Canada, supported by Mexico; Japan: delete',
      },
      { depth: 1, text: 'consider', attribution: null },
      { depth: 1, text: 'ing', attribution: null },
      { depth: 1, text: 'judges, prosecutors and law enforcement officials', attribution: null },
    ]);
    expect(structure.spots).toEqual([]);
  });

  it('splits slash alternatives without storing the separator, and leaves "and/or" alone', () => {
    const runs = paragraph(result, '3').runs;
    expect(runs.map((run) => run.text).join('')).not.toContain(' / ');
    expect(runs.map((run) => run.text).join('')).toContain('and/or mutual legal assistance');
    expect(describeParagraph(runs).spots).toEqual([
      { form: 'adjacent', alternatives: [{ text: 'compile', attribution: null }, { text: 'collect and disseminate', attribution: 'European Union; Brazil' }] },
      { form: 'slash', alternatives: [{ text: 'joint investigation teams', attribution: null }, { text: 'parallel investigations', attribution: 'Chile' }] },
    ]);
  });

  it('keeps options written on their own lines in their paragraph, labels off the text', () => {
    const runs = paragraph(result, '3 bis').runs;
    expect(runs).toEqual([
      { text: 'The Working Group:', brackets: [] },
      {
        text: 'Requests the secretariat to prepare a thematic paper on specialized prosecution',
        brackets: [{ key: 'b17', spot: 's7', form: 'option', option: 'Option 1', attribution: 'Egypt' }],
      },
      { text: 'No text.', brackets: [{ key: 'b18', spot: 's7', form: 'option', option: 'Option 2', noText: true }] },
    ]);
  });

  it('reads inline options ("Alt. 1: … Alt. 2: …") after a chapeau', () => {
    expect(describeParagraph(paragraph(result, '3 ter').runs).options).toEqual([
      { label: 'Alt. 1', text: 'through bilateral agreements;', noText: false, attribution: null },
      { label: 'Alt. 2', text: 'through regional networks', noText: false, attribution: 'Argentina' },
    ]);
  });

  it('counts what it found', () => {
    expect(countImport(result.paragraphs)).toEqual({ preambular: 3, operative: 7, brackets: 21, alternativeSpots: 7, options: 4, attributions: 9 });
  });

  it('warns about what it kept as text or left out, naming the line', () => {
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Line 26: "(UNODC)" in paragraph 4 was kept as text: it may be an attribution, but it names no delegation of the meeting. If it is one, add the delegation to the meeting (or correct its name) and import again.',
      'Line 30: paragraph 1000 comes where 5 was expected.',
      'Line 1 is not part of a numbered paragraph and was left out: "Draft recommendations of the Working Group on Trafficking in Persons".',
      'Line 3 is not part of a numbered paragraph and was left out: "The Working Group on Trafficking in Persons,".',
      'Line 11 is not part of a numbered paragraph and was left out: "Recommends the following:".',
    ]);
  });
});

describe('a bracketed Chinese draft', () => {
  const result = importFixture('chinese-draft');

  it('reads Chinese labels ("2之二") and numbers of any length', () => {
    expect(result.paragraphs.map((p) => `${p.kind} ${p.label} @${p.line}`)).toEqual([
      'PP PP1 @5',
      'PP PP2 @7',
      'OP 1 @11',
      'OP 2 @13',
      'OP 2之二 @15',
      'OP 2之三 @17',
      'OP 3 @22',
      'OP 1001 @25',
    ]);
  });

  it('keeps each paragraph as written, with full-width attributions taken off the text', () => {
    expect(result.paragraphs.map((p) => writeBack(p.runs))).toEqual([
      '回顾《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》，',
      '[确认][承认]联合调查是瓦解贩运网络的有效工具，',
      '各缔约国应设立[专门][专职] (埃及)机构，负责调查贩运人口案件；',
      '[各缔约国应[考虑]向法官、检察官和执法人员提供关于及早识别被害人的培训] (加拿大，得到墨西哥支持；日本：删除)；',
      '各缔约国应[汇编][收集和传播] (欧洲联盟；巴西)关于[联合调查组 / 平行调查 (智利)]和/或司法协助的数据；',
      '工作组：\n备选案文1: 请秘书处编写一份关于专门起诉的专题文件 (埃及)\n备选案文2: 无案文。',
      '各缔约国应[加强][深化]区域合作，并与民间社会组织合作。',
      '决定继续处理此事。',
    ]);
  });

  it('keeps [专门][专职] as two brackets of one spot', () => {
    expect(paragraph(result, '1').runs.slice(1, 3)).toEqual([
      { text: '专门', brackets: [{ key: 'b3', spot: 's2', form: 'adjacent' }] },
      { text: '专职', brackets: [{ key: 'b4', spot: 's2', form: 'adjacent', attribution: '埃及' }] },
    ]);
  });

  it('marks "备选案文2：无案文。" as the option with no text', () => {
    expect(describeParagraph(paragraph(result, '2之三').runs).options).toEqual([
      { label: '备选案文1', text: '请秘书处编写一份关于专门起诉的专题文件', noText: false, attribution: '埃及' },
      { label: '备选案文2', text: '无案文。', noText: true, attribution: null },
    ]);
  });

  it('joins wrapped Chinese lines without a space and warns about what it left out', () => {
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Line 25: paragraph 1001 comes where 4 was expected.',
      'Line 1 is not part of a numbered paragraph and was left out: "打击贩运人口问题工作组的建议草案".',
      'Line 3 is not part of a numbered paragraph and was left out: "打击贩运人口问题工作组，".',
      'Line 9 is not part of a numbered paragraph and was left out: "建议如下：".',
    ]);
  });
});
