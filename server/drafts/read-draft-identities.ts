import { asc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { isProposalMarkAttrs, markNameOfKey } from '@/lib/negotiation/marks';
import { MARKS, PARAGRAPH_KEYS, type ProposalMarkAttrs } from '@/lib/negotiation/schema';
import type { DbExecutor } from '@/server/db/client';
import { draftUpdates } from '@/server/db/schema';

export interface DraftIdentities {
  /**
   * Which user wrote with each Yjs client id. `null`: no single user — the draft as created or
   * imported, or the server's own client id, whose rows name each member who sent a command.
   */
  writers: Map<number, string | null>;
  /** Proposal id → the delegation and author who first used it, decided proposals included. */
  proposals: Map<string, { delegation: string; author: string }>;
}

const PARAGRAPH_PROPOSAL_KEYS: ReadonlySet<string> = new Set([PARAGRAPH_KEYS.insertionProposal, PARAGRAPH_KEYS.deletionProposal]);

/**
 * Who wrote with which client id and who made which proposal, read from the draft's update log
 * (compaction keeps the rows). The collaboration server binds these when a draft loads, so a
 * client id or a proposal id used before stays its owner's after the draft was unloaded.
 */
export async function readDraftIdentities({ db, draftId }: { db: DbExecutor; draftId: string }): Promise<DraftIdentities> {
  const rows = await db
    .select({ update: draftUpdates.update, userId: draftUpdates.userId })
    .from(draftUpdates)
    .where(eq(draftUpdates.draftId, draftId))
    .orderBy(asc(draftUpdates.id));
  const identities: DraftIdentities = { writers: new Map(), proposals: new Map() };
  for (const row of rows) readRow(row.update, row.userId, identities);
  return identities;
}

function readRow(update: Uint8Array, userId: string | null, { writers, proposals }: DraftIdentities): void {
  const { from, to } = Y.parseUpdateMeta(update);
  to.forEach((clock, client) => {
    if (clock <= (from.get(client) ?? 0)) return;
    const known = writers.get(client);
    if (known === undefined) writers.set(client, userId);
    else if (known !== userId) writers.set(client, null);
  });
  for (const mark of proposalMarksIn(update)) {
    if (!proposals.has(mark.proposal)) proposals.set(mark.proposal, { delegation: mark.delegation, author: mark.author });
  }
}

/** Insertion and deletion marks, and paragraph-level proposals, written by one update. */
function proposalMarksIn(update: Uint8Array): ProposalMarkAttrs[] {
  const marks: ProposalMarkAttrs[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content;
    if (content instanceof Y.ContentFormat) {
      const name = markNameOfKey(content.key);
      if ((name === MARKS.insertion || name === MARKS.deletion) && isProposalMarkAttrs(content.value)) marks.push(content.value);
    } else if (content instanceof Y.ContentAny && struct.parentSub !== null && PARAGRAPH_PROPOSAL_KEYS.has(struct.parentSub)) {
      const value: unknown = content.arr[0];
      if (isProposalMarkAttrs(value)) marks.push(value);
    }
  }
  return marks;
}
