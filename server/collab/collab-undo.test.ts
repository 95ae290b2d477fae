import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { getParagraph, getParagraphText } from '@/lib/negotiation/draft-doc';
import { readDecisionRecord } from '@/lib/negotiation/commands/decision-record';
import { listParagraphProposals } from '@/lib/negotiation/proposals';
import { auditEvents } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft } from '@/test-support/collab/draft-reading';
import { seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { seedDraft } from '@/test-support/collab/seed-draft';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';

/**
 * The chair undoes an accepted proposal over real websockets: every screen and the stored draft
 * have it pending again, the undo is audited, a delegate cannot undo, and the delegation can go
 * on typing into its own proposal afterwards (the server still knows the proposal is theirs).
 */

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;
const clients: TestClient[] = [];
const PARAGRAPH = 'c0ffee00-0000-4000-8000-000000000009';
const TEXT = 'States parties should provide training.';

async function connect(user: SeededUser, draftId: string): Promise<TestClient> {
  const client = await connectTestClient({ url: server.url, draftId, user });
  clients.push(client);
  await waitFor(() => client.provider.synced, `${user.name} synced`);
  return client;
}

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

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCollabMeeting(database.db);
  server = await startCollabTestServer(database.db);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  expect(server.errors).toEqual([]);
});

afterAll(async () => {
  await server?.close();
  await database?.stop();
});

describe('undoing a decision, over the wire', () => {
  it('puts an accepted proposal back for everyone, audits it, and refuses a delegate', async () => {
    const draftId = await seedDraft(database.db, meeting.meetingId, [{ id: PARAGRAPH, label: '3', kind: 'OP', runs: [{ insert: TEXT }] }]);
    const chair = await connect(meeting.people.chair, draftId);
    const mexico = await connect(meeting.people.mexicanDelegate, draftId);
    const person = meeting.people.mexicanDelegate;

    const attrs = { proposal: randomUUID(), delegation: meeting.mexico, author: person.userId, at: new Date().toISOString() };
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
    const stored = await storedDraft(database.db, draftId);
    expect(listParagraphProposals(stored, PARAGRAPH).map((p) => [p.id, p.delegation, p.inserted])).toEqual([[attrs.proposal, meeting.mexico, ' urgently']]);

    // Mexico goes on typing into its own proposal, as before the decision.
    mexico.doc.transact(() => textOf(mexico.doc).insert(TEXT.indexOf(' provide') + ' urgently'.length, ' and swiftly', { insertion: attrs }));
    await waitFor(() => paragraphText(chair.doc, PARAGRAPH).includes('urgently and swiftly'), 'Mexico can still type into its proposal');
    expect(mexico.refusals).toEqual([]);

    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.draftId, draftId), eq(auditEvents.action, 'undoDecision')));
    expect(audit.map((event) => [event.userId, event.paragraphId, event.details.undid, event.details.proposalIds])).toEqual([
      [meeting.people.chair.userId, PARAGRAPH, 'acceptProposal', [attrs.proposal]],
    ]);
  });
});
