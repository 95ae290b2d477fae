import * as Y from 'yjs';
import { getOrder, getParagraphs, getProposals, getRoom } from '../draft-doc';
import { PROPOSAL_KEYS, ROOM_KEYS, type ParagraphProposal } from '../schema';

/** Small writes shared by the command handlers; callers run them inside the command's transaction. */

/** The proposal's entry in `proposals` (delegation, author, at, positions), created on first use. */
export function ensureProposalEntry(doc: Y.Doc, attrs: ParagraphProposal): Y.Map<unknown> {
  const proposals = getProposals(doc);
  let entry = proposals.get(attrs.proposal);
  if (!entry) {
    entry = new Y.Map<unknown>();
    proposals.set(attrs.proposal, entry);
    entry.set('delegation', attrs.delegation);
    entry.set('author', attrs.author);
    entry.set('at', attrs.at);
  }
  if (!(entry.get(PROPOSAL_KEYS.positions) instanceof Y.Map)) entry.set(PROPOSAL_KEYS.positions, new Y.Map<string>());
  return entry;
}

/** A decided proposal's positions live on in the audit entry, not in the shared document. */
export function dropProposalEntry(doc: Y.Doc, proposalId: string): void {
  const proposals = getProposals(doc);
  if (proposals.has(proposalId)) proposals.delete(proposalId);
}

/** Removes a paragraph from the order and the map, and from the room's focus if it held it. */
export function removeParagraph(doc: Y.Doc, paragraphId: string): void {
  const order = getOrder(doc);
  const index = order.toArray().indexOf(paragraphId);
  if (index >= 0) order.delete(index, 1);
  getParagraphs(doc).delete(paragraphId);
  const room = getRoom(doc);
  if (room.get(ROOM_KEYS.focus) === paragraphId) room.delete(ROOM_KEYS.focus);
}
