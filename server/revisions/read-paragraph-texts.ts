import type * as Y from 'yjs';
import { getKind, getLabel, getParagraph, getParagraphRuns, getStatus, paragraphIds } from '@/lib/negotiation/draft-doc';
import { isProposalMarkAttrs } from '@/lib/negotiation/marks';
import { PARAGRAPH_KEYS } from '@/lib/negotiation/schema';
import { renderParagraphSegments } from '@/lib/negotiation/segments';
import type { ParagraphText } from '@/lib/revisions/paragraph-text';

/** Every paragraph of a draft document, in order, as plain data (safe to hand to a component). */
export function readParagraphTexts(doc: Y.Doc): ParagraphText[] {
  return paragraphIds(doc).flatMap((id) => {
    const paragraph = getParagraph(doc, id);
    if (!paragraph) return [];
    const deletion = paragraph.get(PARAGRAPH_KEYS.deletionProposal);
    return [
      {
        id,
        label: getLabel(paragraph),
        kind: getKind(paragraph),
        status: getStatus(paragraph),
        segments: renderParagraphSegments(getParagraphRuns(paragraph)),
        proposedBy: (paragraph.get(PARAGRAPH_KEYS.proposedBy) as string | undefined) ?? null,
        deletionProposedBy: isProposalMarkAttrs(deletion) ? deletion.delegation : null,
      },
    ];
  });
}
