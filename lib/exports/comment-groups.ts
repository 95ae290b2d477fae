import { conventionWords, type ConventionWords } from '@/lib/negotiation/convention-words';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { UnLanguage } from './masthead-words';
import type { CrpComment, CrpCommentGroup, CrpDelegation } from './crp-model';
import { xmlSafe } from './symbols';

/**
 * Comments as a CRP lists them: by delegation, States (and groups such as the European Union)
 * in alphabetical order, then observers in alphabetical order, then the Chair and any comment
 * the secretariat recorded without a delegation. Within a delegation, oldest first. A reply
 * stands under the comment it answers (a reply to a reply under the same first comment), not
 * under its own delegation.
 */

export interface CommentInput extends Omit<CrpComment, 'replies'> {
  paragraphId: string | null;
  delegationId: string | null;
  /** The comment this one answers, if any. */
  replyToId: string | null;
}

function rank(group: CrpCommentGroup): number {
  if (group.delegationId === null) return 3;
  if (group.delegationId === CHAIR_DELEGATION) return 2;
  return group.observer ? 1 : 0;
}

export function compareCommentGroups(a: CrpCommentGroup, b: CrpCommentGroup, language: UnLanguage = 'en'): number {
  return rank(a) - rank(b) || a.delegationName.localeCompare(b.delegationName, language, { sensitivity: 'base' });
}

export function groupComments(comments: readonly CommentInput[], delegations: ReadonlyMap<string, CrpDelegation>, language: UnLanguage = 'en'): CrpCommentGroup[] {
  const words = conventionWords(language);
  const groups = new Map<string, CrpCommentGroup>();
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const threadOf = threads(sorted);
  const shown = new Map<string, CrpComment>();
  for (const comment of sorted) {
    const root = threadOf.get(comment.id);
    const parent = root ? shown.get(root) : undefined;
    if (parent) {
      parent.replies.push({
        id: comment.id,
        delegationId: comment.delegationId,
        delegationName: nameOf(comment.delegationId, comment.delegationId ? delegations.get(comment.delegationId) : undefined, words),
        body: xmlSafe(comment.body),
        createdAt: comment.createdAt,
        editedAt: comment.editedAt,
        quote: comment.quote ? xmlSafe(comment.quote) : null,
      });
      continue;
    }
    const key = comment.delegationId ?? '';
    let group = groups.get(key);
    if (!group) {
      const delegation = comment.delegationId ? delegations.get(comment.delegationId) : undefined;
      group = {
        delegationId: comment.delegationId,
        delegationName: nameOf(comment.delegationId, delegation, words),
        observer: delegation?.kind === 'observer',
        comments: [],
      };
      groups.set(key, group);
    }
    const entry: CrpComment = {
      id: comment.id,
      body: xmlSafe(comment.body),
      createdAt: comment.createdAt,
      editedAt: comment.editedAt,
      quote: comment.quote ? xmlSafe(comment.quote) : null,
      replies: [],
    };
    shown.set(comment.id, entry);
    group.comments.push(entry);
  }
  return [...groups.values()].sort((a, b) => compareCommentGroups(a, b, language));
}

function nameOf(delegationId: string | null, delegation: CrpDelegation | undefined, words: ConventionWords): string {
  if (delegationId === null) return words.secretariat;
  if (delegationId === CHAIR_DELEGATION) return words.chair;
  return delegation?.name ?? words.unknownDelegation;
}

/**
 * For each reply, the first comment of its thread among `comments` (a reply whose comment is not
 * in the paper — withdrawn, or on another paragraph — starts its own thread).
 */
function threads(comments: readonly CommentInput[]): Map<string, string> {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const roots = new Map<string, string>();
  for (const comment of comments) {
    let current = comment;
    const seen = new Set<string>([current.id]);
    while (current.replyToId) {
      const parent = byId.get(current.replyToId);
      if (!parent || seen.has(parent.id) || parent.paragraphId !== comment.paragraphId) break;
      seen.add(parent.id);
      current = parent;
    }
    if (current.id !== comment.id) roots.set(comment.id, current.id);
  }
  return roots;
}

/** Splits comments by paragraph id; `null` holds the comments on the draft as a whole. */
export function commentsByParagraph(comments: readonly CommentInput[]): Map<string | null, CommentInput[]> {
  const byParagraph = new Map<string | null, CommentInput[]>();
  for (const comment of comments) {
    const list = byParagraph.get(comment.paragraphId) ?? [];
    list.push(comment);
    byParagraph.set(comment.paragraphId, list);
  }
  return byParagraph;
}
