import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { getParagraph, getParagraphText } from '@/lib/negotiation/draft-doc';
import { listParagraphProposals } from '@/lib/negotiation/proposals';
import { renderParagraphText } from '@/lib/negotiation/render';
import { auditEvents } from '@/server/db/schema';
import { paragraphRuns, paragraphText, storedDraft } from '@/test-support/collab/draft-reading';
import type { SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { seedDraft } from '@/test-support/collab/seed-draft';
import { waitFor } from '@/test-support/collab/wait-for';
import { useCollabScene } from '@/test-support/collab/use-collab-scene';

/**
 * Two delegations propose different words for the same spot, over real websockets: the
 * server keeps them as alternatives of one set, refuses to accept both, and when the chair
 * keeps one the other falls in the same step, on every screen and in the record.
 */

const scene = useCollabScene();
const PARAGRAPH = 'c0ffee00-0000-4000-8000-000000000003';
const TEXT = 'States parties should provide training.';
const SHOULD = { index: TEXT.indexOf('should'), length: 'should'.length };

function textOf(doc: Y.Doc): Y.XmlText {
  const paragraph = getParagraph(doc, PARAGRAPH);
  const text = paragraph && getParagraphText(paragraph);
  if (!text) throw new Error('no paragraph text');
  return text;
}

/** A replacement of "should" as proposal mode writes it; a second delegation's strike goes under a hashed key. */
function replaceShould(doc: Y.Doc, user: SeededUser, delegation: string, words: string, insertAt: number, key: string): string {
  const attrs = { proposal: randomUUID(), delegation, author: user.userId, at: new Date().toISOString() };
  doc.transact(() => {
    textOf(doc).format(SHOULD.index, SHOULD.length, { [key]: attrs });
    textOf(doc).insert(insertAt, words, { insertion: attrs });
  });
  return attrs.proposal;
}

const names = (id: string) => (id === scene.meeting.mexico ? 'Mexico' : id === scene.meeting.france ? 'France' : id);
const rendered = (doc: Y.Doc) => renderParagraphText(paragraphRuns(doc, PARAGRAPH), { names });

describe('competing proposals at one spot, over the wire', () => {
  it('renders both in one bracket, refuses accept-all, and keeps the chosen alternative while the other falls', async () => {
    const draftId = await seedDraft(scene.database.db, scene.meeting.meetingId, [{ id: PARAGRAPH, label: '3', kind: 'OP', runs: [{ insert: TEXT }] }]);
    const chair = await scene.connect(scene.meeting.people.chair, draftId);
    const mexico = await scene.connect(scene.meeting.people.mexicanDelegate, draftId);
    const france = await scene.connect(scene.meeting.people.frenchDelegate, draftId);

    const mexicoProposal = replaceShould(mexico.doc, scene.meeting.people.mexicanDelegate, scene.meeting.mexico, 'shall', SHOULD.index + SHOULD.length, 'deletion');
    await waitFor(() => paragraphText(france.doc, PARAGRAPH).includes('shall'), "Mexico's proposal reaches France");
    const franceProposal = replaceShould(france.doc, scene.meeting.people.frenchDelegate, scene.meeting.france, 'may', SHOULD.index + SHOULD.length + 'shall'.length, 'deletion--france');
    const expected = 'States parties [replace: should | with: alt 1: shall (Mexico) / alt 2: may (France)] provide training.';
    await waitFor(() => rendered(chair.doc) === expected, () => `the chair sees one bracket with both alternatives; has: ${rendered(chair.doc)}; france refusals: ${JSON.stringify(france.refusals)}`);
    expect(rendered(mexico.doc)).toBe(expected);
    expect(listParagraphProposals(chair.doc, PARAGRAPH).map((p) => [p.id, p.alternative])).toEqual([
      [mexicoProposal, 1],
      [franceProposal, 2],
    ]);

    chair.sendCommand({ type: 'acceptAll', id: 'all', paragraphId: PARAGRAPH });
    await waitFor(() => chair.replies.some((reply) => reply.id === 'all'), 'accept-all is answered');
    const refusal = chair.replies.find((reply) => reply.id === 'all');
    expect(refusal?.ok).toBe(false);
    expect(refusal?.error).toContain('competing proposals at one spot');
    expect(paragraphText(chair.doc, PARAGRAPH)).toBe('States parties shouldshallmay provide training.');

    chair.sendCommand({ type: 'acceptProposal', id: 'keep', paragraphId: PARAGRAPH, proposalId: franceProposal });
    for (const client of [chair, mexico, france]) {
      await waitFor(() => paragraphText(client.doc, PARAGRAPH) === 'States parties may provide training.', 'everyone sees the kept alternative');
    }
    expect(listParagraphProposals(mexico.doc, PARAGRAPH)).toEqual([]);
    expect(paragraphText(await storedDraft(scene.database.db, draftId), PARAGRAPH)).toBe('States parties may provide training.');

    const fallen = await scene.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.draftId, draftId), eq(auditEvents.proposalId, mexicoProposal)));
    expect(fallen.map((event) => [event.action, event.details.fellWith])).toEqual([['rejectProposal', franceProposal]]);
  });
});
