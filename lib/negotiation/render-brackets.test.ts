import { describe, expect, it } from 'vitest';
import { renderParagraphText } from './render';
import { CANADA, EU, MEXICO, del, inBrackets, ins, names, plain, withMarks } from '@/test-support/negotiation/build-runs';
import type { TextRun } from './draft-doc';

const text = (runs: TextRun[]) => renderParagraphText(runs, { names });
const bare = (runs: TextRun[]) => renderParagraphText(runs, { names, attribution: false });
const JAPAN = 'd-japan';
const withJapan = (id: string) => (id === JAPAN ? 'Japan' : names(id));

describe('bracketed base text', () => {
  it('keeps adjacent brackets apart: they are alternatives for one spot', () => {
    const runs = [
      inBrackets('Recognizing', { id: 'a', spot: 's', form: 'adjacent' }),
      inBrackets('Acknowledging', { id: 'b', spot: 's', form: 'adjacent' }),
      plain(' that victims'),
    ];
    expect(text(runs)).toBe('[Recognizing][Acknowledging] that victims');
  });

  it('nests brackets to any depth, a bracket inside a word included', () => {
    const outer = { id: 'o' };
    const runs = [
      inBrackets('States parties should ', outer),
      inBrackets('consider', outer, { id: 'i1' }),
      inBrackets(' provide', outer),
      inBrackets('ing', outer, { id: 'i2' }),
      inBrackets(' training on ', outer),
      inBrackets('early ', outer, { id: 'i3' }),
      inBrackets('identification', outer, { id: 'i3' }, { id: 'i4' }),
    ];
    expect(text(runs)).toBe('[States parties should [consider] provide[ing] training on [early [identification]]]');
  });

  it('writes slash alternatives inside one pair of brackets', () => {
    const runs = [
      plain('through '),
      inBrackets('joint investigation teams', { id: 'a', spot: 's', form: 'slash' }),
      inBrackets('parallel investigations', { id: 'b', spot: 's', form: 'slash' }),
      plain('.'),
    ];
    expect(text(runs)).toBe('through [joint investigation teams / parallel investigations].');
  });

  it('puts each paragraph option on its own line, "No text" included', () => {
    const runs = [
      plain('The Working Group:'),
      inBrackets('States parties should designate focal points.', { id: 'a', spot: 's', form: 'option', option: 'Option 1' }),
      inBrackets('No text.', { id: 'b', spot: 's', form: 'option', option: 'Option 2', noText: true }),
    ];
    expect(text(runs)).toBe('The Working Group:\nOption 1: States parties should designate focal points.\nOption 2: No text.');
  });

  it('starts a paragraph made only of options with its first option', () => {
    const runs = [
      inBrackets('Encourages donors.', { id: 'a', spot: 's', form: 'option', option: 'Alt. 1', delegation: EU }),
      inBrackets('No text', { id: 'b', spot: 's', form: 'option', option: 'Alt. 2', noText: true }),
    ];
    expect(text(runs)).toBe('Alt. 1: Encourages donors. (European Union)\nAlt. 2: No text');
    expect(bare(runs)).toBe('Alt. 1: Encourages donors.\nAlt. 2: No text');
  });

  it('writes a Chinese option label with the full-width colon', () => {
    const runs = [
      inBrackets('请秘书处编写专题文件', { id: 'a', spot: 's', form: 'option', option: '备选案文1' }),
      inBrackets('无案文。', { id: 'b', spot: 's', form: 'option', option: '备选案文2', noText: true }),
    ];
    expect(text(runs)).toBe('备选案文1：请秘书处编写专题文件\n备选案文2：无案文。');
  });

  it('follows a bracket with its delegation or note, and drops both without attribution', () => {
    const runs = [
      plain('States '),
      inBrackets('should', { id: 'a', spot: 's', form: 'adjacent', delegation: MEXICO }),
      inBrackets('are encouraged to', { id: 'b', spot: 's', form: 'adjacent', note: 'Canada, supported by Mexico; Japan: delete' }),
      plain(' cooperate '),
      inBrackets('closely', { id: 'c', delegation: EU, note: 'Brazil' }),
    ];
    expect(text(runs)).toBe(
      'States [should] (Mexico)[are encouraged to] (Canada, supported by Mexico; Japan: delete) cooperate [closely] (European Union; Brazil)',
    );
    expect(bare(runs)).toBe('States [should][are encouraged to] cooperate [closely]');
  });

  it('moves whitespace at a bracket edge outside it', () => {
    const runs = [plain('Noting'), inBrackets(' including fraud, ', { id: 'a' }), plain('and theft')];
    expect(text(runs)).toBe('Noting [including fraud,] and theft');
  });

  it('keeps proposals inside the brackets around them', () => {
    const outer = { id: 'o' };
    const runs = [
      inBrackets('States parties should ', outer),
      withMarks(inBrackets('consider', outer), del('consider', 'p1', MEXICO).attributes ?? {}),
      withMarks(inBrackets('establish', outer), ins('establish', 'p1', MEXICO).attributes ?? {}),
      inBrackets(' training', outer),
    ];
    expect(text(runs)).toBe('[States parties should [replace: consider | with: establish] (Mexico) training]');
  });
});

describe('competing proposals at one spot', () => {
  const canadaAlsoDeletes = (run: TextRun) =>
    withMarks(run, { 'deletion--c': { proposal: 'p2', delegation: CANADA, author: 'u-can', at: 'x' } });

  it('renders two replacements of the same words as one set, the struck words once', () => {
    const runs = [
      plain('States '),
      canadaAlsoDeletes(del('should', 'p1', MEXICO)),
      ins('shall', 'p1', MEXICO),
      ins('may', 'p2', CANADA),
      plain(' act'),
    ];
    expect(text(runs)).toBe('States [replace: should | with: alt 1: shall (Mexico) / alt 2: may (Canada)] act');
    expect(bare(runs)).toBe('States [replace: should | with: alt 1: shall / alt 2: may] act');
  });

  it('reads an alternative that only strikes the common words as "no text"', () => {
    const runs = [plain('States '), canadaAlsoDeletes(del('should ', 'p1', MEXICO)), ins('shall ', 'p1', MEXICO), plain('act')];
    expect(text(runs)).toBe('States [replace: should | with: alt 1: shall (Mexico) / alt 2: no text (Canada)] act');
  });

  it('names supporters and objectors after each alternative when asked', () => {
    const runs = [plain('States '), canadaAlsoDeletes(del('should', 'p1', MEXICO)), ins('shall', 'p1', MEXICO), ins('may', 'p2', CANADA)];
    const positions = (id: string) =>
      id === 'p1' ? { supporters: [CANADA, EU], objectors: [JAPAN] } : { supporters: [], objectors: [] };
    expect(renderParagraphText(runs, { names: withJapan, positions })).toBe(
      'States [replace: should | with: alt 1: shall (Mexico, supported by Canada and European Union; opposed by Japan) / alt 2: may (Canada)]',
    );
  });

  it('keeps a deletion and another delegation bare insertion after it apart', () => {
    const runs = [plain('States '), del('shall', 'p1', MEXICO), ins(' may', 'p2', CANADA), plain(' consider')];
    expect(text(runs)).toBe('States [delete: shall] (Mexico) [may] (Canada) consider');
  });
});
