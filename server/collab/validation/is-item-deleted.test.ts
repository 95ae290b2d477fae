import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isItemDeleted, mayBeLiveFormat } from './is-item-deleted';

describe('reading whether an item is deleted', () => {
  it('agrees with Yjs on every item of a text, live and deleted, with and without garbage collection', () => {
    for (const gc of [true, false]) {
      const doc = new Y.Doc({ gc });
      const text = doc.getText('t');
      text.insert(0, 'Urges States parties to strengthen cooperation');
      text.format(6, 6, { insertion: { proposal: 'p1' } });
      text.delete(0, 3);
      text.format(6, 6, { insertion: null });
      text.delete(10, 5);
      const seen = new Set<boolean>();
      for (let item = text._start; item !== null; item = item.right) {
        expect(isItemDeleted(item)).toBe(item.deleted);
        seen.add(item.deleted);
      }
      // Both answers occur, or the comparison proves nothing.
      expect(seen).toEqual(new Set([true, false]));
    }
  });

  it('finds every live format item, and no character, embed or deleted item, without reading contents', () => {
    // Without garbage collection a deleted format item keeps its content, so it is seen here as what it was.
    const doc = new Y.Doc({ gc: false });
    const text = doc.getText('t');
    text.insert(0, 'Urges [States parties] to cooperate');
    text.format(6, 16, { bracket: { id: 'b1', by: 'chair' } });
    text.insertEmbed(3, { footnote: 1 });
    text.format(0, 5, { insertion: { proposal: 'p1' } });
    text.format(0, 5, { insertion: null });
    text.delete(30, 4);
    const kinds = new Set<string>();
    for (let item = text._start; item !== null; item = item.right) {
      // Pins the bit read to Yjs's own getter, so an upgrade that moves it fails here.
      expect((item.info & 0b10) !== 0).toBe(item.countable);
      const liveFormat = !item.deleted && item.content instanceof Y.ContentFormat;
      expect(mayBeLiveFormat(item)).toBe(liveFormat);
      kinds.add(`${item.content.constructor.name}:${item.deleted ? 'deleted' : 'live'}`);
    }
    // Live and deleted format items, characters and an embed all occur, or the comparison proves little.
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['ContentEmbed:live', 'ContentFormat:deleted', 'ContentFormat:live', 'ContentString:deleted', 'ContentString:live']));
  });
});
