import { describe, expect, it } from 'vitest';
import { buildThread } from './thread-tree';
import type { CommentJson } from './types';

function comment(id: string, replyToId: string | null = null): CommentJson {
  return {
    id,
    draftId: 'd',
    paragraphId: 'p',
    replyToId,
    delegation: { id: 'm', name: 'Mexico' },
    author: { id: 'u', name: 'Delegate' },
    createdAt: '2022-06-29T10:00:00.000Z',
    body: id,
    quote: null,
    edited: false,
    versions: [],
    withdrawn: null,
  };
}

describe('buildThread', () => {
  it('puts replies at any depth under the conversation they belong to, in order', () => {
    const thread = buildThread([comment('a'), comment('b'), comment('a1', 'a'), comment('a1x', 'a1'), comment('b1', 'b')]);
    expect(thread.map((node) => [node.comment.id, node.replies.map((reply) => reply.id)])).toEqual([
      ['a', ['a1', 'a1x']],
      ['b', ['b1']],
    ]);
  });

  it('starts a conversation with a reply whose comment is not in the list (filtered out)', () => {
    expect(buildThread([comment('r', 'elsewhere')]).map((node) => node.comment.id)).toEqual(['r']);
  });
});
