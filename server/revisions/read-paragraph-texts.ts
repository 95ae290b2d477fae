import type * as Y from 'yjs';
import { getKind, getLabel, getParagraph, getParagraphRuns, getStatus, paragraphIds } from '@/lib/negotiation/draft-doc';
import { isProposalMarkAttrs } from '@/lib/negotiation/marks';
import { PARAGRAPH_KEYS, type ParagraphKind, type ParagraphStatus } from '@/lib/negotiation/schema';
import { renderParagraphSegments, type Segment } from '@/lib/negotiation/segments';

/** A paragraph as a read-only page shows it: label, status and its text grouped into segments. */
export interface ParagraphText {
  id: string;
  label: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  segments: Segment[];
  /** Delegation proposing the paragraph as new, while that is pending. */
  proposedBy: string | null;
  /** Delegation proposing to delete the whole paragraph, while that is pending. */
  deletionProposedBy: string | null;
}

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
