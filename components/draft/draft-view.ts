import type * as Y from 'yjs';
import {
  getKind,
  getLabel,
  getParagraph,
  getParagraphFragment,
  getParagraphRuns,
  getRoom,
  getStatus,
  paragraphIds,
  type TextRun,
} from '@/lib/negotiation/draft-doc';
import { listParagraphProposals, type Proposal } from '@/lib/negotiation/proposals';
import { readFloor, readSpeakers } from '@/lib/negotiation/speakers';
import {
  PARAGRAPH_KEYS,
  PARAGRAPH_STATUSES,
  ROOM_KEYS,
  type ParagraphKind,
  type ParagraphProposal,
  type ParagraphStatus,
  type SpeakerRequest,
} from '@/lib/negotiation/schema';

export interface ParagraphView {
  id: string;
  label: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  proposedBy: string | null;
  deletionProposal: ParagraphProposal | null;
  fragment: Y.XmlFragment | undefined;
  runs: TextRun[];
  proposals: Proposal[];
}

export interface DraftView {
  paragraphs: ParagraphView[];
  focus: string | null;
  speakers: SpeakerRequest[];
  floor: string | null;
  counts: Record<ParagraphStatus, number>;
  delegationsInPlay: string[];
}

/** Everything the draft page shows, read from the document in one pass. */
export function readDraftView(doc: Y.Doc): DraftView {
  const counts = Object.fromEntries(PARAGRAPH_STATUSES.map((status) => [status, 0])) as Record<ParagraphStatus, number>;
  const inPlay = new Set<string>();
  const paragraphs: ParagraphView[] = [];
  for (const id of paragraphIds(doc)) {
    const paragraph = getParagraph(doc, id);
    if (!paragraph) continue;
    const status = getStatus(paragraph);
    counts[status] += 1;
    const proposals = listParagraphProposals(doc, id);
    for (const proposal of proposals) inPlay.add(proposal.delegation);
    paragraphs.push({
      id,
      label: getLabel(paragraph),
      kind: getKind(paragraph),
      status,
      proposedBy: (paragraph.get(PARAGRAPH_KEYS.proposedBy) as string | undefined) ?? null,
      deletionProposal: (paragraph.get(PARAGRAPH_KEYS.deletionProposal) as ParagraphProposal | undefined) ?? null,
      fragment: getParagraphFragment(paragraph),
      runs: getParagraphRuns(paragraph),
      proposals,
    });
  }
  const focus = getRoom(doc).get(ROOM_KEYS.focus);
  return {
    paragraphs,
    focus: typeof focus === 'string' ? focus : null,
    speakers: readSpeakers(doc),
    floor: readFloor(doc),
    counts,
    delegationsInPlay: [...inPlay],
  };
}
