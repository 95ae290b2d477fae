import type * as Y from 'yjs';
import { settledParagraphText } from '@/lib/exports/clean-text';
import { getKind, getLabel, getParagraph, getParagraphRuns, getStatus, paragraphIds, paragraphRawText, type ParagraphMap } from '@/lib/negotiation/draft-doc';
import { paragraphBrackets, type PlacedBracket } from '@/lib/negotiation/open-brackets';
import { listParagraphProposals, type Proposal } from '@/lib/negotiation/proposals';
import { renderParagraphText } from '@/lib/negotiation/render';
import { CHAIR_DELEGATION, PARAGRAPH_KEYS } from '@/lib/negotiation/schema';

interface Named {
  id: string;
  name: string;
}

type Namer = (id: string) => string;

/** A bracket of the base text as the API lists it (docs/PROTOCOL.md, "Bracket"). */
function describeBracket(bracket: PlacedBracket, name: Namer) {
  const { id, spot, form, option, noText, delegation, note } = bracket.mark;
  return {
    id,
    text: bracket.text,
    spot,
    form,
    option,
    noText,
    delegation: delegation ? { id: delegation, name: name(delegation) } : null,
    note,
  };
}

/** In reading order; a bracket and the brackets nested in it start together, the outer one first. */
function describeBrackets(paragraph: ParagraphMap, name: Namer) {
  return [...paragraphBrackets(paragraph).values()]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((bracket) => describeBracket(bracket, name));
}

function describeProposal(proposal: Proposal, name: Namer) {
  return {
    id: proposal.id,
    kind: proposal.kind,
    delegation: { id: proposal.delegation, name: name(proposal.delegation) },
    author: proposal.author,
    at: proposal.at,
    inserted: proposal.inserted,
    deleted: proposal.deleted,
    supporters: proposal.supporters.map((supporter) => ({ id: supporter, name: name(supporter) })),
    objectors: proposal.objectors.map((objector) => ({ id: objector, name: name(objector) })),
    set: proposal.set,
    alternative: proposal.alternative,
  };
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
        cleanText: settledParagraphText(runs),
        rendered: renderParagraphText(runs, { names: name }),
        renderedWithoutAttribution: renderParagraphText(runs, { names: name, attribution: false }),
        brackets: describeBrackets(paragraph, name),
        proposals: listParagraphProposals(doc, id).map((proposal) => describeProposal(proposal, name)),
      },
    ];
  });
}
