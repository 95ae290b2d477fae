import { conventionWords, type ConventionWords } from '@/lib/negotiation/convention-words';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { UnLanguage } from './masthead-words';
import type { CrpComment, CrpCommentGroup, CrpDelegation } from './crp-model';
import { xmlSafe } from './symbols';

/**
 * Comments as a CRP lists them: by delegation, States (and groups such as the European Union)
 * in alphabetical order, then observers in alphabetical order, then the Chair and any comment
 * the secretariat recorded without a delegation. Within a delegation, oldest first.
 */

export interface CommentInput extends CrpComment {
  paragraphId: string | null;
  delegationId: string | null;
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
  for (const comment of sorted) {
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
    group.comments.push({ id: comment.id, body: xmlSafe(comment.body), createdAt: comment.createdAt, editedAt: comment.editedAt });
  }
  return [...groups.values()].sort((a, b) => compareCommentGroups(a, b, language));
}

function nameOf(delegationId: string | null, delegation: CrpDelegation | undefined, words: ConventionWords): string {
  if (delegationId === null) return words.secretariat;
  if (delegationId === CHAIR_DELEGATION) return words.chair;
  return delegation?.name ?? words.unknownDelegation;
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
