import { describe, expect, it } from 'vitest';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { groupComments, type CommentInput } from './comment-groups';
import type { CrpDelegation } from './crp-model';

const delegations = new Map<string, CrpDelegation>([
  ['mex', { id: 'mex', name: 'Mexico', shortName: 'MEX', kind: 'state_party' }],
  ['can', { id: 'can', name: 'Canada', shortName: 'CAN', kind: 'state_party' }],
  ['iom', { id: 'iom', name: 'International Organization for Migration', shortName: 'IOM', kind: 'observer' }],
]);

const comment = (id: string, delegationId: string | null, minute: number, extra: Partial<CommentInput> = {}): CommentInput => ({
  id,
  paragraphId: 'p1',
  delegationId,
  replyToId: null,
  quote: null,
  body: `${id} body`,
  createdAt: `2022-06-29T10:${String(minute).padStart(2, '0')}:00Z`,
  editedAt: `2022-06-29T10:${String(minute).padStart(2, '0')}:00Z`,
  ...extra,
});

describe('groupComments', () => {
  it('groups by delegation, States then observers then the Chair, and keeps each reply under the comment it answers', () => {
    const groups = groupComments(
      [
        comment('c1', 'mex', 1, { quote: 'establish' }),
        comment('c2', 'can', 2),
        comment('r1', 'can', 3, { replyToId: 'c1' }),
        comment('r2', 'mex', 4, { replyToId: 'r1' }),
        comment('c3', 'iom', 5),
        comment('c4', CHAIR_DELEGATION, 6),
      ],
      delegations,
    );
    expect(groups.map((group) => [group.delegationName, group.comments.map((entry) => entry.id)])).toEqual([
      ['Canada', ['c2']],
      ['Mexico', ['c1']],
      ['International Organization for Migration', ['c3']],
      ['Chair', ['c4']],
    ]);
    const mexico = groups.find((group) => group.delegationName === 'Mexico')?.comments[0];
    expect(mexico?.quote).toBe('establish');
    expect(mexico?.replies.map((reply) => [reply.id, reply.delegationName])).toEqual([
      ['r1', 'Canada'],
      ['r2', 'Mexico'],
    ]);
  });

  it('lists a reply whose comment is not in the paper as a comment of its own, and names the Chair in the paper language', () => {
    const groups = groupComments([comment('r1', 'can', 3, { replyToId: 'gone' }), comment('c4', CHAIR_DELEGATION, 6)], delegations, 'fr');
    expect(groups.map((group) => [group.delegationName, group.comments.map((entry) => entry.id)])).toEqual([
      ['Canada', ['r1']],
      ['Présidence', ['c4']],
    ]);
  });
});
