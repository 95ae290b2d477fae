import type * as Y from 'yjs';
import { getKind, getLabel, getParagraph, getParagraphRuns, getStatus, paragraphIds, paragraphRawText } from '@/lib/negotiation/draft-doc';
import { listParagraphProposals } from '@/lib/negotiation/proposals';
import { renderCleanText, renderParagraphText } from '@/lib/negotiation/render';
import { CHAIR_DELEGATION, PARAGRAPH_KEYS } from '@/lib/negotiation/schema';

interface Named {
  id: string;
  name: string;
}

/** The draft's paragraphs as the JSON read API returns them (docs/PROTOCOL.md). */
export function describeParagraphs(doc: Y.Doc, delegations: Named[]) {
  const byId = new Map(delegations.map((delegation) => [delegation.id, delegation.name]));
  const name = (id: string) => (id === CHAIR_DELEGATION ? 'Chair' : (byId.get(id) ?? 'Unknown delegation'));
  return paragraphIds(doc).flatMap((id) => {
    const paragraph = getParagraph(doc, id);
    if (!paragraph) return [];
    const runs = getParagraphRuns(paragraph);
    return [
      {
        id,
        label: getLabel(paragraph),
        kind: getKind(paragraph),
        status: getStatus(paragraph),
        proposedBy: (paragraph.get(PARAGRAPH_KEYS.proposedBy) as string | undefined) ?? null,
        text: paragraphRawText(paragraph),
        cleanText: renderCleanText(runs),
        rendered: renderParagraphText(runs, { names: name }),
        renderedWithoutAttribution: renderParagraphText(runs, { names: name, attribution: false }),
        proposals: listParagraphProposals(doc, id).map((proposal) => ({
          id: proposal.id,
          kind: proposal.kind,
          delegation: { id: proposal.delegation, name: name(proposal.delegation) },
          author: proposal.author,
          at: proposal.at,
          inserted: proposal.inserted,
          deleted: proposal.deleted,
          supporters: proposal.supporters.map((supporter) => ({ id: supporter, name: name(supporter) })),
          objectors: proposal.objectors.map((objector) => ({ id: objector, name: name(objector) })),
        })),
      },
    ];
  });
}
