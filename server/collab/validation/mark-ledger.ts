import * as Y from 'yjs';
import { getParagraph, getParagraphText, getProposals, paragraphIds, type ParagraphMap } from '@/lib/negotiation/draft-doc';
import { isProposalMarkAttrs, markNameOfKey } from '@/lib/negotiation/marks';
import { MARKS, PARAGRAPH_KEYS, type ProposalMarkAttrs } from '@/lib/negotiation/schema';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * Who owns which proposal id. A proposal id belongs to the delegation and author that created
 * it: everything shown under that id (its words, its support, its decision) is theirs, so a
 * mark reusing someone else's id would make the forger's words part of their proposal. The
 * ledger is built from the draft when the room loads and grows with every accepted change; it
 * never forgets an id, so a decided proposal's id is not free for someone else either.
 */

interface ProposalOwner {
  delegation: string;
  author: string;
}

/** The owner of an id known only from the proposals map; no mark can match it. */
const NO_ONE: ProposalOwner = { delegation: '', author: '' };

/**
 * A new proposal's time stamp may be this far from the server's clock (clients' clocks drift a
 * little), or as old as the sender's last departure when it was typed offline and sent on reconnecting.
 */
export const PROPOSAL_CLOCK_TOLERANCE_MS = 5 * 60_000;

const FOREIGN_PROPOSAL = say('server.rule.foreignProposal', {});
const CLOCK_SKEW = say('server.rule.clockSkew', {});
const MALFORMED_TIME = say('server.rule.malformedTime', {});

/** The proposal ids one update introduces, judged against the ledger; kept only if the update is accepted. */
export interface ProposalClaims {
  /** Null when `mark` may be used: its id is the same author's and delegation's, or new and stamped now. */
  claim(mark: ProposalMarkAttrs): ServerSentence | null;
}

/** The claims of one update, kept (`commit`) only once the whole update is accepted. */
export type ProposalClaimSession = ProposalClaims & { commit(): void };

export interface ProposalLedger {
  /**
   * A fresh set of claims for one update, judged at `now` (milliseconds); `offlineSince`: when
   * the sender was last seen leaving, so that proposals typed offline since then pass.
   */
  startClaims(now: number, offlineSince?: number): ProposalClaimSession;
  /** Records the owners found in these paragraphs (after an accepted or a server change). */
  indexParagraphs(doc: Y.Doc, paragraphIdsToRead: Iterable<string>): void;
}

/** `known`: owners from the update log, which also knows the proposals decided before the room loaded. */
export function createProposalLedger(doc: Y.Doc, known?: ReadonlyMap<string, ProposalOwner>): ProposalLedger {
  const owners = new Map<string, ProposalOwner>(known);
  const record = (mark: ProposalMarkAttrs): void => {
    if (!owners.has(mark.proposal)) owners.set(mark.proposal, { delegation: mark.delegation, author: mark.author });
  };
  const indexParagraphs = (source: Y.Doc, ids: Iterable<string>): void => {
    for (const id of ids) {
      const paragraph = getParagraph(source, id);
      if (paragraph) for (const mark of proposalMarksOf(paragraph)) record(mark);
    }
  };
  indexParagraphs(doc, paragraphIds(doc));
  // Support recorded for a proposal whose words are gone (withdrawn by deleting them) must not
  // pass to a new proposal under the same id: such an id belongs to no one who could use it.
  for (const id of getProposals(doc).keys()) if (!owners.has(id)) owners.set(id, NO_ONE);
  return {
    indexParagraphs,
    startClaims(now, offlineSince) {
      const earliest = Math.min(now, offlineSince ?? now) - PROPOSAL_CLOCK_TOLERANCE_MS;
      const latest = now + PROPOSAL_CLOCK_TOLERANCE_MS;
      const claimed = new Map<string, ProposalMarkAttrs>();
      return {
        claim(mark) {
          const owner = owners.get(mark.proposal) ?? claimed.get(mark.proposal);
          if (owner !== undefined) return sameOwner(owner, mark) ? null : FOREIGN_PROPOSAL;
          const at = Date.parse(mark.at);
          if (Number.isNaN(at)) return MALFORMED_TIME;
          if (at < earliest || at > latest) return CLOCK_SKEW;
          claimed.set(mark.proposal, mark);
          return null;
        },
        commit() {
          for (const mark of claimed.values()) record(mark);
        },
      };
    },
  };
}

function sameOwner(owner: ProposalOwner, mark: ProposalMarkAttrs): boolean {
  return owner.delegation === mark.delegation && owner.author === mark.author;
}

/** The paragraph-level proposals and every live insertion or deletion mark of its text. */
function proposalMarksOf(paragraph: ParagraphMap): ProposalMarkAttrs[] {
  const marks: ProposalMarkAttrs[] = [];
  for (const key of [PARAGRAPH_KEYS.insertionProposal, PARAGRAPH_KEYS.deletionProposal]) {
    const value = paragraph.get(key);
    if (isProposalMarkAttrs(value)) marks.push(value);
  }
  const text = getParagraphText(paragraph);
  for (let item = text?._start ?? null; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentFormat)) continue;
    const { key, value } = item.content;
    const name = markNameOfKey(key);
    if ((name === MARKS.insertion || name === MARKS.deletion) && isProposalMarkAttrs(value)) marks.push(value);
  }
  return marks;
}
