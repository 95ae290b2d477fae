import { describe, expect, it } from 'vitest';
import { screenWindow } from './screen-window';

const paragraphs = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const ids = (list: { id: string }[]) => list.map((paragraph) => paragraph.id);

describe('screenWindow', () => {
  it('shows the focused paragraph with one before and one after', () => {
    expect(ids(screenWindow(paragraphs, 'b'))).toEqual(['a', 'b', 'c']);
    expect(ids(screenWindow(paragraphs, 'a'))).toEqual(['a', 'b']);
    expect(ids(screenWindow(paragraphs, 'd'))).toEqual(['c', 'd']);
  });

  it('shows nothing without a focus or when the focused paragraph is gone', () => {
    expect(screenWindow(paragraphs, null)).toEqual([]);
    expect(screenWindow(paragraphs, 'gone')).toEqual([]);
  });
});
