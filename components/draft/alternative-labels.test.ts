import { describe, expect, it } from 'vitest';
import type { Proposal } from '@/lib/negotiation/proposals';
import { groupProposals } from './alternative-labels';

describe('groupProposals', () => {
  const proposal = (id: string, set: string | null, alternative: number | null): Proposal => ({
    id,
    paragraphId: 'p',
    kind: 'replace',
    delegation: `d-${id}`,
    author: 'u',
    at: '2022-06-29T10:00:00Z',
    inserted: id,
    deleted: '',
    supporters: [],
    objectors: [],
    set,
    alternative,
  });

  it('puts each alternative set in one entry, where its first member stands, in alternative order', () => {
    const entries = groupProposals([
      proposal('lone', null, null),
      proposal('b', 'a', 2),
      proposal('a', 'a', 1),
      proposal('later', null, null),
      proposal('c', 'a', 3),
    ]);
    expect(entries.map((entry) => (entry.kind === 'set' ? entry.alternatives.map((p) => p.id) : entry.proposal.id))).toEqual([
      'lone',
      ['a', 'b', 'c'],
      'later',
    ]);
  });
});
