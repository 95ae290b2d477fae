import { describe, expect, it } from 'vitest';
import { formatLabel, nextInsertedLabel, parseLabel, renumberLabels, type LabelledParagraph } from './labels';

describe('nextInsertedLabel', () => {
  it('adds bis, then ter, quater, quinquies, sexies after the same paragraph', () => {
    const labels = ['1', '2', '3', '4'];
    const added: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const label = nextInsertedLabel('3', labels);
      labels.push(label);
      added.push(label);
    }
    expect(added).toEqual(['3 bis', '3 ter', '3 quater', '3 quinquies', '3 sexies']);
  });

  it('labels preambular insertions too', () => {
    expect(nextInsertedLabel('PP2', ['PP1', 'PP2', 'PP3'])).toBe('PP2 bis');
  });

  it('continues from an inserted paragraph', () => {
    expect(nextInsertedLabel('3 bis', ['3', '3 bis', '4'])).toBe('3 ter');
    expect(nextInsertedLabel('3 bis', ['3', '3 bis', '3 ter'])).toBe('3 quater');
  });

  it('treats labels case- and space-insensitively', () => {
    expect(nextInsertedLabel('3', ['3', '3  Bis'])).toBe('3 ter');
  });

  it('round-trips suffixes and falls back to a number past vicies', () => {
    expect(parseLabel('12 quaterdecies')).toEqual({ base: '12', rank: 14, style: 'latin' });
    expect(parseLabel('PP4')).toEqual({ base: 'PP4', rank: 1, style: 'latin' });
    expect(formatLabel('5', 20)).toBe('5 vicies');
    expect(formatLabel('5', 21)).toBe('5 (21)');
    expect(parseLabel('3 terdecies')).toEqual({ base: '3', rank: 13, style: 'latin' });
  });
});

describe('labels in the six languages', () => {
  it('reads Chinese, Russian and Arabic suffixes as written', () => {
    expect(parseLabel('3之二')).toEqual({ base: '3', rank: 2, style: 'chinese' });
    expect(parseLabel('3之三')).toEqual({ base: '3', rank: 3, style: 'chinese' });
    expect(parseLabel('12之十一')).toEqual({ base: '12', rank: 11, style: 'chinese' });
    expect(parseLabel('PP2之二')).toEqual({ base: 'PP2', rank: 2, style: 'chinese' });
    expect(parseLabel('3 бис')).toEqual({ base: '3', rank: 2, style: 'russian' });
    expect(parseLabel('3 тер')).toEqual({ base: '3', rank: 3, style: 'russian' });
    expect(parseLabel('3 مكرراً')).toEqual({ base: '3', rank: 2, style: 'arabic' });
    expect(parseLabel('1000')).toEqual({ base: '1000', rank: 1, style: 'latin' });
  });

  it('continues an inserted paragraph in the style it is written in', () => {
    expect(nextInsertedLabel('3之二', ['3', '3之二', '4'])).toBe('3之三');
    expect(nextInsertedLabel('3之九', ['3', '3之九'])).toBe('3之十');
    expect(nextInsertedLabel('3 бис', ['3', '3 бис'])).toBe('3 тер');
    expect(nextInsertedLabel('3 тер', ['3', '3 бис', '3 тер'])).toBe('3 quater');
    expect(nextInsertedLabel('1000', ['999', '1000'])).toBe('1000 bis');
  });

  it('writes the first insertion after a plain label the way the draft already does', () => {
    expect(nextInsertedLabel('4', ['3', '3之二', '4'])).toBe('4之二');
    expect(nextInsertedLabel('4', ['3', '3 бис', '4'])).toBe('4 бис');
    expect(nextInsertedLabel('4', ['3', '3 مكرراً', '4'])).toBe('4 مكرراً');
    expect(nextInsertedLabel('4', ['3', '4'])).toBe('4 bis');
  });

  it('counts a label written the same way in another spacing as taken', () => {
    expect(nextInsertedLabel('3', ['3', '3 之 二'].map((label) => label.replace(/\s+/g, '')))).toBe('3之三');
  });
});

describe('renumberLabels', () => {
  const p = (id: string, kind: 'PP' | 'OP', label: string, status: LabelledParagraph['status'] = 'open'): LabelledParagraph => ({
    id,
    kind,
    label,
    status,
  });

  it('numbers preambular PP1, PP2… and operative 1, 2… in order', () => {
    const labels = renumberLabels([
      p('a', 'PP', 'PP1'),
      p('b', 'PP', 'PP1 bis'),
      p('c', 'OP', '1'),
      p('d', 'OP', '1 bis'),
      p('e', 'OP', '2', 'agreed'),
    ]);
    expect(labels).toEqual({ a: 'PP1', b: 'PP2', c: '1', d: '2', e: '3' });
  });

  it('skips deleted paragraphs, which keep their label unless it now belongs to another', () => {
    const labels = renumberLabels([
      p('a', 'OP', '1'),
      p('b', 'OP', '2', 'deleted'),
      p('c', 'OP', '3'),
      p('d', 'OP', '7', 'deleted'),
    ]);
    expect(labels).toEqual({ a: '1', b: 'former 2', c: '2', d: '7' });
  });

  it('is idempotent', () => {
    const first = renumberLabels([p('a', 'OP', '1'), p('b', 'OP', '2', 'deleted'), p('c', 'OP', '3')]);
    const again = renumberLabels([
      p('a', 'OP', first.a ?? ''),
      p('b', 'OP', first.b ?? '', 'deleted'),
      p('c', 'OP', first.c ?? ''),
    ]);
    expect(again).toEqual(first);
  });
});
