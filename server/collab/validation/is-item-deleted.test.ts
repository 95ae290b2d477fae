import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isItemDeleted } from './is-item-deleted';

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
});
