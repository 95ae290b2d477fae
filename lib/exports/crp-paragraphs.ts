import type * as Y from 'yjs';
import { getKind, getLabel, getParagraph, getParagraphRuns, getStatus, paragraphIds } from '@/lib/negotiation/draft-doc';
import { listParagraphProposals } from '@/lib/negotiation/proposals';
import {
  delegationDisplayName,
  renderParagraphDeletionNote,
  renderParagraphText,
} from '@/lib/negotiation/render';
import { renderParagraphSegments } from '@/lib/negotiation/segments';
import { conventionWords } from '@/lib/negotiation/convention-words';
import { settledParagraphText } from './clean-text';
import { commentsByParagraph, groupComments, type CommentInput } from './comment-groups';
import { crpRenderOptions, type CrpDelegation, type CrpParagraph } from './crp-model';
import type { UnLanguage } from './masthead-words';
import { xmlSafe } from './symbols';

/**
 * The draft's paragraphs in document order, each rendered by the one convention of
 * lib/negotiation/render.ts, with its pending proposals and the comments received on it.
 * Returns the comments on the draft as a whole separately, and the ids of the delegations the
 * paper names. The convention's words are those of `language`.
 */
export function describeCrpParagraphs(
  doc: Y.Doc,
  delegations: ReadonlyMap<string, CrpDelegation>,
  comments: readonly CommentInput[],
  language: UnLanguage = 'en',
): { paragraphs: CrpParagraph[]; generalComments: ReturnType<typeof groupComments>; named: Set<string> } {
  const words = conventionWords(language);
  const named = new Set<string>();
  const names = (id: string): string => {
    named.add(id);
    return delegations.get(id)?.name ?? words.unknownDelegation;
  };
  const byParagraph = commentsByParagraph(comments);
  const paragraphs = paragraphIds(doc).flatMap((id): CrpParagraph[] => {
    const paragraph = getParagraph(doc, id);
    if (!paragraph) return [];
    const runs = getParagraphRuns(paragraph).map((run) => ({ ...run, insert: xmlSafe(run.insert) }));
    const proposals = listParagraphProposals(doc, id);
    const withNames = crpRenderOptions(names, proposals, true, language);
    const withoutNames = crpRenderOptions(names, proposals, false, language);
    return [
      {
        id,
        label: getLabel(paragraph),
        kind: getKind(paragraph),
        status: getStatus(paragraph),
        runs,
        segments: renderParagraphSegments(runs),
        rendered: renderParagraphText(runs, withNames),
        renderedWithoutAttribution: renderParagraphText(runs, withoutNames),
        deletionNote: renderParagraphDeletionNote(paragraph, withNames),
        deletionNoteWithoutAttribution: renderParagraphDeletionNote(paragraph, withoutNames),
        cleanText: settledParagraphText(runs),
        proposals: proposals.map((proposal) => ({
          ...proposal,
          delegationName: delegationDisplayName(proposal.delegation, names, words),
          supporterNames: proposal.supporters.map((supporter) => delegationDisplayName(supporter, names, words)),
          objectorNames: proposal.objectors.map((objector) => delegationDisplayName(objector, names, words)),
        })),
        comments: groupComments(byParagraph.get(id) ?? [], delegations, language),
      },
    ];
  });
  for (const comment of comments) if (comment.delegationId) named.add(comment.delegationId);
  return { paragraphs, generalComments: groupComments(byParagraph.get(null) ?? [], delegations, language), named };
}
