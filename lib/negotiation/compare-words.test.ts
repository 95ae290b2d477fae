import { describe, expect, it } from 'vitest';
import { diffSequences, diffWords, tokenize } from './compare-words';

describe('tokenize', () => {
  it('splits words, whitespace and single punctuation marks, keeping every character', () => {
    const text = 'States [hereby] (Mexico) decide, inter alia’s  terms';
    const tokens = tokenize(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('[');
    expect(tokens).toContain('hereby');
    expect(tokens).toContain('alia’s');
  });

  it('keeps non-Latin scripts together as words', () => {
    expect(tokenize('الدول الأطراف')).toEqual(['الدول', ' ', 'الأطراف']);
  });
});

describe('diffWords', () => {
  it('reports an unchanged text as one same segment', () => {
    expect(diffWords('States parties agree', 'States parties agree')).toEqual([{ kind: 'same', text: 'States parties agree' }]);
  });

  it('reports an insertion', () => {
    expect(diffWords('States agree', 'States parties agree')).toEqual([
      { kind: 'same', text: 'States ' },
      { kind: 'inserted', text: 'parties ' },
      { kind: 'same', text: 'agree' },
    ]);
  });

  it('reports a deletion', () => {
    expect(diffWords('States shall agree', 'States agree')).toEqual([
      { kind: 'same', text: 'States ' },
      { kind: 'deleted', text: 'shall ' },
      { kind: 'same', text: 'agree' },
    ]);
  });

  it('puts the deleted words before the inserted ones in a replacement', () => {
    expect(diffWords('States shall agree', 'States should agree')).toEqual([
      { kind: 'same', text: 'States ' },
      { kind: 'deleted', text: 'shall' },
      { kind: 'inserted', text: 'should' },
      { kind: 'same', text: ' agree' },
    ]);
  });

  it('folds a lone space between two changes into the change', () => {
    expect(diffWords('a b', 'x y')).toEqual([
      { kind: 'deleted', text: 'a b' },
      { kind: 'inserted', text: 'x y' },
    ]);
  });

  it('shows an accepted insertion as its brackets and attribution falling away', () => {
    expect(diffWords('States [hereby] (Mexico) decide', 'States hereby decide')).toEqual([
      { kind: 'same', text: 'States ' },
      { kind: 'deleted', text: '[' },
      { kind: 'same', text: 'hereby' },
      { kind: 'deleted', text: '] (Mexico)' },
      { kind: 'same', text: ' decide' },
    ]);
  });

  it('keeps a line break between two changed options as a line break on both sides, never folded into the changes', () => {
    const before = 'Recommends that:\nOption 1: States should act.\nOption 2: No text.';
    const after = 'Recommends that:\nOption A: States shall act now\nAlt. B: No text.';
    const segments = diffWords(before, after);
    expect(segments.filter((s) => s.kind !== 'same').map((s) => s.text).join('|')).not.toContain('\n');
    expect(segments.filter((s) => s.kind !== 'inserted').map((s) => s.text).join('')).toBe(before);
    expect(segments.filter((s) => s.kind !== 'deleted').map((s) => s.text).join('')).toBe(after);
    expect(tokenize('that:\n  Option')).toEqual(['that', ':', '\n', '  ', 'Option']);
  });

  it('keeps both texts recoverable from the segments', () => {
    const before = 'Encourages States parties to consider, as appropriate, the adoption of measures';
    const after = 'Urges States to adopt, where appropriate and in line with domestic law, measures';
    const segments = diffWords(before, after);
    expect(segments.filter((s) => s.kind !== 'inserted').map((s) => s.text).join('')).toBe(before);
    expect(segments.filter((s) => s.kind !== 'deleted').map((s) => s.text).join('')).toBe(after);
  });
});

describe('diffSequences', () => {
  it('finds the items outside a longest common subsequence', () => {
    const ops = diffSequences(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b']);
    expect(ops.filter((op) => op.kind === 'deleted').map((op) => op.item)).toEqual(['b']);
    expect(ops.filter((op) => op.kind === 'inserted').map((op) => op.item)).toEqual(['b']);
  });
});
