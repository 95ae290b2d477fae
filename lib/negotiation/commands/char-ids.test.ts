import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TextRun } from '../draft-doc';
import { charsWithIds, readIdRuns } from './char-ids';

describe('character ids', () => {
  it('follows each character through later typing, a surrogate pair counting as one character', () => {
    const doc = new Y.Doc();
    const text = doc.get('t', Y.XmlText) as Y.XmlText;
    text.insert(0, 'ab😀c');
    const first = charsWithIds(text.toDelta() as TextRun[], readIdRuns(text));
    text.insert(1, 'XY');
    text.format(0, 1, { bracket: { id: 'b', by: 'u' } });
    const later = charsWithIds(text.toDelta() as TextRun[], readIdRuns(text));
    expect(first?.map((char) => char.ch)).toEqual(['a', 'b', '😀', 'c']);
    expect(later?.map((char) => char.ch)).toEqual(['a', 'X', 'Y', 'b', '😀', 'c']);
    const ids = new Map(first?.map((char) => [char.ch, char.id]));
    expect(later?.filter((char) => ids.get(char.ch) === char.id).map((char) => char.ch)).toEqual(['a', 'b', '😀', 'c']);
    expect(later?.[0]?.attrs).toEqual({ bracket: { id: 'b', by: 'u' } });
  });

  it('says nothing when the runs and the ids do not line up', () => {
    expect(charsWithIds([{ insert: 'abc' }], [[1, 0, 2]])).toBeNull();
  });
});
