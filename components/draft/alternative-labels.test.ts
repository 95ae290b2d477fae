import { describe, expect, it } from 'vitest';
import { alternativeLabels } from './alternative-labels';

const mark = (proposal: string, delegation: string) => ({ proposal, delegation, author: 'u', at: '2022-06-29T10:00:00Z' });

describe('alternativeLabels', () => {
  it('numbers competing insertions at one spot, after the deletion they would replace', () => {
    const labels = alternativeLabels([
      { insert: 'States parties ' },
      { insert: 'should', attributes: { deletion: mark('p1', 'mex') } },
      { insert: 'shall', attributes: { insertion: mark('p1', 'mex') } },
      { insert: 'may', attributes: { insertion: mark('p2', 'can') } },
      { insert: ' consider' },
    ]);
    expect(Object.fromEntries(labels)).toEqual({ p1: 'alt 1', p2: 'alt 2' });
  });

  it('labels nothing when proposals stand apart', () => {
    const labels = alternativeLabels([
      { insert: 'shall', attributes: { insertion: mark('p1', 'mex') } },
      { insert: ' consider ' },
      { insert: 'urgently', attributes: { insertion: mark('p2', 'can') } },
    ]);
    expect(labels.size).toBe(0);
  });
});
