import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  buildDraftState,
  getParagraph,
  getParagraphRuns,
  getStatus,
  paragraphIds,
  paragraphRawText,
} from './draft-doc';

describe('draft document accessors', () => {
  it('builds a state that round-trips paragraphs, labels and marks', () => {
    const state = buildDraftState([
      { id: 'p1', label: 'PP1', kind: 'PP', runs: [{ insert: 'Recalling the Protocol,' }] },
      {
        id: 'p2',
        label: '1',
        kind: 'OP',
        status: 'parked',
        runs: [
          { insert: 'States parties ' },
          { insert: 'should', attributes: { bracket: { by: 'u1' } } },
          { insert: ' consider.' },
        ],
      },
    ]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    expect(paragraphIds(doc)).toEqual(['p1', 'p2']);
    const p2 = getParagraph(doc, 'p2');
    expect(p2).toBeDefined();
    expect(getStatus(p2!)).toBe('parked');
    expect(paragraphRawText(p2!)).toBe('States parties should consider.');
    expect(getParagraphRuns(p2!)[1]).toEqual({ insert: 'should', attributes: { bracket: { by: 'u1' } } });
  });
});
