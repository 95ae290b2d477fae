import { describe, expect, it } from 'vitest';
import { classifyAttribution, delegationNameSet } from './attribution';
import { describeParagraph } from './describe-paragraph';
import { ok, writeBack } from '@/test-support/import/import-test-kit';
import { matchLabel } from './match-label';
import { parseDraftText } from './parse-draft-text';

/** Each case is a way the draft import used to merge, flatten or drop what the room wrote. */

const texts = (input: string, delegations: Array<{ name: string; shortName?: string }> = []) =>
  ok(parseDraftText(input, { delegations })).paragraphs.map((p) => `${p.label}|${writeBack(p.runs)}`);
const warnings = (input: string) => ok(parseDraftText(input)).warnings.map((w) => w.message);

describe('brackets keep their identity', () => {
  it('keeps adjacent brackets as two alternatives of one spot, with no warning', () => {
    for (const [a, b] of [
      ['Recognizing', 'Acknowledging'],
      ['should', 'are encouraged to'],
      ['compile', 'collect and disseminate'],
      ['专门', '专职'],
    ]) {
      const result = ok(parseDraftText(`PP1. [${a}][${b}] that …`));
      expect(writeBack(result.paragraphs[0]?.runs ?? [])).toBe(`[${a}][${b}] that …`);
      expect(describeParagraph(result.paragraphs[0]?.runs ?? []).spots).toEqual([
        { form: 'adjacent', alternatives: [{ text: a, attribution: null }, { text: b, attribution: null }] },
      ]);
      expect(result.warnings).toEqual([]);
    }
  });

  it('does not join brackets separated by words into one spot', () => {
    const result = ok(parseDraftText('1. [should] consider [establishing] teams;'));
    expect(describeParagraph(result.paragraphs[0]?.runs ?? []).spots).toEqual([]);
  });

  it('nests to any depth', () => {
    expect(texts('1. [a [b [c [d] c] b] a] e;')).toEqual(['1|[a [b [c [d] c] b] a] e;']);
    const depths = describeParagraph(ok(parseDraftText('1. [a [b [c [d] c] b] a] e;')).paragraphs[0]?.runs ?? []).brackets.map((b) => b.depth);
    expect(depths).toEqual([0, 1, 2, 3]);
  });

  it('splits only at " / " with spaces, outside nested brackets', () => {
    expect(texts('1. [teams / investigations / networks] and/or [a [b / c] d];')).toEqual(['1|[teams / investigations / networks] and/or [a [b / c] d];']);
    const spots = describeParagraph(ok(parseDraftText('1. [teams / investigations] and/or [x/y];')).paragraphs[0]?.runs ?? []).spots;
    expect(spots).toEqual([{ form: 'slash', alternatives: [{ text: 'teams', attribution: null }, { text: 'investigations', attribution: null }] }]);
  });
});

describe('options', () => {
  it('keeps "Option 1: … / Option 2: No text." on their own lines in their paragraph', () => {
    const input = '1. The Working Group:\nOption 1: Decides to establish an expert group;\nOption 2: No text.\n\n2. Decides.';
    expect(texts(input)).toEqual(['1|The Working Group:\nOption 1: Decides to establish an expert group;\nOption 2: No text.', '2|Decides.']);
    expect(warnings(input)).toEqual([]);
  });

  it('keeps options after blank lines in their paragraph too', () => {
    expect(texts('5. Option 1: Decides;\n\nOption 2: No text.\n\n6. Decides.')).toEqual(['5|Option 1: Decides;\nOption 2: No text.', '6|Decides.']);
  });

  it('reads the labels secretariats use', () => {
    expect(texts('1. Alt 1 Decides; Alt 2: Requests;')).toEqual(['1|Alt 1: Decides;\nAlt 2: Requests;']);
    expect(texts('1. Alternative A: Decides; Alternative B: No text')).toEqual(['1|Alternative A: Decides;\nAlternative B: No text']);
    expect(ok(parseDraftText('1. Alternative A: Decides; Alternative B: No text')).paragraphs[0]?.runs.at(-1)?.brackets[0]?.noText).toBe(true);
  });

  it('keeps a lone option label as text and says so', () => {
    const input = '1. States should consider Option 1: the model law.';
    expect(texts(input)).toEqual(['1|States should consider Option 1: the model law.']);
    expect(warnings(input)).toEqual([
      'Line 1: "Option 1" is the only option label in paragraph 1, so it was kept as text; write every option with its label ("Option 1: …", "Option 2: …").',
    ]);
  });

  it('does not take "option" inside a sentence for a label', () => {
    expect(texts('1. States may choose the option 1 offers and Options 2 and 3.')).toEqual(['1|States may choose the option 1 offers and Options 2 and 3.']);
  });
});

describe('attributions', () => {
  it('moves an attribution after a bracket onto it', () => {
    const result = ok(parseDraftText('1. [should] (Egypt) [may] (European Union; Brazil) [shall] (Canada, supported by Mexico; Japan: delete) act;'));
    const brackets = describeParagraph(result.paragraphs[0]?.runs ?? []).brackets;
    expect(brackets.map((b) => b.attribution)).toEqual(['Egypt', 'European Union; Brazil', 'Canada, supported by Mexico; Japan: delete']);
    expect((result.paragraphs[0]?.runs ?? []).map((run) => run.text).join('')).toBe('should may shall act;');
  });

  it('keeps ordinary parentheses after a bracket as text, silently', () => {
    const input = '1. [The Protocol] (hereinafter "the Protocol") entered into force [in 2003] (see A/RES/55/25) and (a) [States];';
    expect(texts(input)).toEqual(['1|[The Protocol] (hereinafter "the Protocol") entered into force [in 2003] (see A/RES/55/25) and (a) [States];']);
    expect(warnings(input)).toEqual([]);
  });

  it('keeps an uncertain one as text and warns naming the line', () => {
    const input = '1. Decides;\n2. Invites the [Office] (UNODC) to act;';
    expect(texts(input)).toEqual(['1|Decides;', '2|Invites the [Office] (UNODC) to act;']);
    expect(warnings(input)).toEqual([
      'Line 2: "(UNODC)" in paragraph 2 was kept as text: it may be an attribution, but it names no delegation of the meeting. If it is one, add the delegation to the meeting (or correct its name) and import again.',
    ]);
  });

  it('recognises a delegation of the meeting by name or short name', () => {
    expect(texts('1. [should] (GRULAC) [may] (Holy Land Group) act;', [{ name: 'Holy Land Group', shortName: 'HLG' }])).toEqual([
      '1|[should] (GRULAC) [may] (Holy Land Group) act;',
    ]);
    expect(classifyAttribution('hlg', delegationNameSet([{ name: 'Holy Land Group', shortName: 'HLG' }]))).toBe('attribution');
  });

  it('classifies attributions in the six languages', () => {
    const none = new Set<string>();
    expect(classifyAttribution('Égypte', none)).toBe('attribution');
    expect(classifyAttribution('Canadá, apoyado por México', none)).toBe('attribution');
    expect(classifyAttribution('Египет', none)).toBe('attribution');
    expect(classifyAttribution('مصر', none)).toBe('attribution');
    expect(classifyAttribution('埃及', none)).toBe('attribution');
    expect(classifyAttribution('日本：删除', none)).toBe('attribution');
    expect(classifyAttribution('2000', none)).toBe('text');
    expect(classifyAttribution('a', none)).toBe('text');
    expect(classifyAttribution('Palermo Protocol', none)).toBe('uncertain');
  });

  it('puts an attribution inside slash alternatives on its alternative, and keeps one after them as text with a warning', () => {
    expect(texts('1. [teams (Egypt) / investigations (Chile)] act;')).toEqual(['1|[teams (Egypt) / investigations (Chile)] act;']);
    const input = '1. [teams / investigations] (Egypt) act;';
    expect(texts(input)).toEqual(['1|[teams / investigations] (Egypt) act;']);
    expect(warnings(input)[0]).toMatch(/^Line 1: "\(Egypt\)" after alternatives separated by " \/ " was kept as text/);
  });
});

describe('labels', () => {
  it('reads bis, ter… and the Russian, Chinese and Arabic suffixes, kept as written', () => {
    const cases: Array<[string, string]> = [
      ['3 bis. Text', '3 bis'],
      ['3quinquies Text', '3 quinquies'],
      ['3 бис. Текст', '3 бис'],
      ['3тер Текст', '3 тер'],
      ['3之二. 文本', '3之二'],
      ['3之三．文本', '3之三'],
      ['3之四文本', '3之四'],
      ['PP2之二 文本', 'PP2之二'],
      ['3 مكرراً - نص', '3 مكرراً'],
      ['1000. Text', '1000'],
      ['OP 12345 Text', '12345'],
      ['3．各缔约国', '3'],
    ];
    expect(cases.map(([line]) => matchLabel(line)?.label ?? null)).toEqual(cases.map(([, label]) => label));
  });

  it('does not take "2022年" or a year in a sentence for a label', () => {
    expect(matchLabel('2022年通过')).toBeNull();
    expect(matchLabel('2022 was a year')).toBeNull();
  });

  it('starts a new paragraph at "2之二." instead of merging it into paragraph 2', () => {
    expect(texts('2. 请秘书处；\n2之二. 鼓励各国；')).toEqual(['2|请秘书处；', '2之二|鼓励各国；']);
  });

  it('starts paragraph 1000 after 999 instead of appending it', () => {
    const lines = Array.from({ length: 1000 }, (_, index) => `${index + 1}. Decides ${index + 1};`).join('\n');
    const result = ok(parseDraftText(lines));
    expect(result.paragraphs).toHaveLength(1000);
    expect(result.paragraphs.at(-1)).toMatchObject({ label: '1000', line: 1000 });
    expect(writeBack(result.paragraphs.at(-2)?.runs ?? [])).toBe('Decides 999;');
  });
});
