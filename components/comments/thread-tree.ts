import type { CommentJson } from './types';

export interface ThreadNode {
  comment: CommentJson;
  /** Every answer in the conversation under this comment, oldest first (one level, as rooms read them). */
  replies: CommentJson[];
}

/**
 * Groups a thread's comments into conversations: each comment that answers nobody (or answers a
 * comment not in this list) starts one; replies at any depth join the conversation they belong to.
 */
export function buildThread(comments: readonly CommentJson[]): ThreadNode[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const rootOf = (comment: CommentJson): CommentJson => {
    let current = comment;
    const seen = new Set<string>();
    while (current.replyToId && byId.has(current.replyToId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.replyToId) as CommentJson;
    }
    return current;
  };
  const nodes = new Map<string, ThreadNode>();
  for (const comment of comments) {
    const root = rootOf(comment);
    if (root === comment) nodes.set(comment.id, { comment, replies: nodes.get(comment.id)?.replies ?? [] });
  }
  for (const comment of comments) {
    const root = rootOf(comment);
    if (root !== comment) nodes.get(root.id)?.replies.push(comment);
  }
  return [...nodes.values()];
}
