import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { getParagraph, getParagraphText } from '@/lib/negotiation/draft-doc';
import { readDecisionRecord } from '@/lib/negotiation/commands/decision-record';
import { listParagraphProposals } from '@/lib/negotiation/proposals';
import { auditEvents } from '@/server/db/schema';
import type { TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft } from '@/test-support/collab/draft-reading';
import { seedDraft } from '@/test-support/collab/seed-draft';
import { waitFor } from '@/test-support/collab/wait-for';
import { useCollabScene } from '@/test-support/collab/use-collab-scene';

/**
 * The chair undoes an accepted proposal over real websockets: every screen and the stored draft
 * have it pending again, the undo is audited, a delegate cannot undo, and the delegation can go
 * on typing into its own proposal afterwards (the server still knows the proposal is theirs).
 */

const scene = useCollabScene();
const PARAGRAPH = 'c0ffee00-0000-4000-8000-000000000009';
const TEXT = 'States parties should provide training.';

function textOf(doc: Y.Doc): Y.XmlText {
  const paragraph = getParagraph(doc, PARAGRAPH);
  const text = paragraph && getParagraphText(paragraph);
  if (!text) throw new Error('no paragraph text');
  return text;
}

async function answer(client: TestClient, id: string) {
  await waitFor(() => client.replies.some((reply) => reply.id === id), `${id} is answered`);
  return client.replies.find((reply) => reply.id === id);
}

describe('undoing a decision, over the wire', () => {
  it('puts an accepted proposal back for everyone, audits it, and refuses a delegate', async () => {
    const draftId = await seedDraft(scene.database.db, scene.meeting.meetingId, [{ id: PARAGRAPH, label: '3', kind: 'OP', runs: [{ insert: TEXT }] }]);
    const chair = await scene.connect(scene.meeting.people.chair, draftId);
    const mexico = await scene.connect(scene.meeting.people.mexicanDelegate, draftId);
    const person = scene.meeting.people.mexicanDelegate;

    const attrs = { proposal: randomUUID(), delegation: scene.meeting.mexico, author: person.userId, at: new Date().toISOString() };
    mexico.doc.transact(() => textOf(mexico.doc).insert(TEXT.indexOf(' provide'), ' urgently', { insertion: attrs }));
    await waitFor(() => listParagraphProposals(chair.doc, PARAGRAPH).length === 1, "Mexico's proposal reaches the chair");

    chair.sendCommand({ type: 'acceptProposal', id: 'accept', paragraphId: PARAGRAPH, proposalId: attrs.proposal });
    expect((await answer(chair, 'accept'))?.ok).toBe(true);
    await waitFor(() => listParagraphProposals(mexico.doc, PARAGRAPH).length === 0, 'Mexico sees the proposal accepted');
    const decisionId = readDecisionRecord(chair.doc)?.id ?? '';
    expect(decisionId).not.toBe('');

    mexico.sendCommand({ type: 'undoDecision', id: 'by-mexico', decisionId });
    expect(await answer(mexico, 'by-mexico')).toMatchObject({ ok: false, error: 'Only the chair or the secretariat can undo a decision.', key: 'server.command.undoNotPresiding' });

    chair.sendCommand({ type: 'undoDecision', id: 'undo', decisionId });
    expect((await answer(chair, 'undo'))?.ok).toBe(true);
    for (const client of [chair, mexico]) {
      await waitFor(() => listParagraphProposals(client.doc, PARAGRAPH).map((p) => p.id).join() === attrs.proposal, 'the proposal is pending again');
    }
    const stored = await storedDraft(scene.database.db, draftId);
    expect(listParagraphProposals(stored, PARAGRAPH).map((p) => [p.id, p.delegation, p.inserted])).toEqual([[attrs.proposal, scene.meeting.mexico, ' urgently']]);

    // Mexico goes on typing into its own proposal, as before the decision.
    mexico.doc.transact(() => textOf(mexico.doc).insert(TEXT.indexOf(' provide') + ' urgently'.length, ' and swiftly', { insertion: attrs }));
    await waitFor(() => paragraphText(chair.doc, PARAGRAPH).includes('urgently and swiftly'), 'Mexico can still type into its proposal');
    expect(mexico.refusals).toEqual([]);

    const audit = await scene.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.draftId, draftId), eq(auditEvents.action, 'undoDecision')));
    expect(audit.map((event) => [event.userId, event.paragraphId, event.details.undid, event.details.proposalIds])).toEqual([
      [scene.meeting.people.chair.userId, PARAGRAPH, 'acceptProposal', [attrs.proposal]],
    ]);
  });
});
