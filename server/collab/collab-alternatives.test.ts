import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { getParagraph, getParagraphText } from '@/lib/negotiation/draft-doc';
import { listParagraphProposals } from '@/lib/negotiation/proposals';
import { renderParagraphText } from '@/lib/negotiation/render';
import { auditEvents } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphRuns, paragraphText, storedDraft } from '@/test-support/collab/draft-reading';
import { seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { seedDraft } from '@/test-support/collab/seed-draft';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';

/**
 * Two delegations propose different words for the same spot, over real websockets: the
 * server keeps them as alternatives of one set, refuses to accept both, and when the chair
 * keeps one the other falls in the same step, on every screen and in the record.
 */

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;
const clients: TestClient[] = [];
const PARAGRAPH = 'c0ffee00-0000-4000-8000-000000000003';
const TEXT = 'States parties should provide training.';
const SHOULD = { index: TEXT.indexOf('should'), length: 'should'.length };

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

/** A replacement of "should" as proposal mode writes it; a second delegation's strike goes under a hashed key. */
function replaceShould(doc: Y.Doc, user: SeededUser, delegation: string, words: string, insertAt: number, key: string): string {
  const attrs = { proposal: randomUUID(), delegation, author: user.userId, at: new Date().toISOString() };
  doc.transact(() => {
    textOf(doc).format(SHOULD.index, SHOULD.length, { [key]: attrs });
    textOf(doc).insert(insertAt, words, { insertion: attrs });
  });
  return attrs.proposal;
}

const names = (id: string) => (id === meeting.mexico ? 'Mexico' : id === meeting.france ? 'France' : id);
const rendered = (doc: Y.Doc) => renderParagraphText(paragraphRuns(doc, PARAGRAPH), { names });

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

describe('competing proposals at one spot, over the wire', () => {
  it('renders both in one bracket, refuses accept-all, and keeps the chosen alternative while the other falls', async () => {
    const draftId = await seedDraft(database.db, meeting.meetingId, [{ id: PARAGRAPH, label: '3', kind: 'OP', runs: [{ insert: TEXT }] }]);
    const chair = await connect(meeting.people.chair, draftId);
    const mexico = await connect(meeting.people.mexicanDelegate, draftId);
    const france = await connect(meeting.people.frenchDelegate, draftId);

    const mexicoProposal = replaceShould(mexico.doc, meeting.people.mexicanDelegate, meeting.mexico, 'shall', SHOULD.index + SHOULD.length, 'deletion');
    await waitFor(() => paragraphText(france.doc, PARAGRAPH).includes('shall'), "Mexico's proposal reaches France");
    const franceProposal = replaceShould(france.doc, meeting.people.frenchDelegate, meeting.france, 'may', SHOULD.index + SHOULD.length + 'shall'.length, 'deletion--france');
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
    expect(paragraphText(await storedDraft(database.db, draftId), PARAGRAPH)).toBe('States parties may provide training.');

    const fallen = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.draftId, draftId), eq(auditEvents.proposalId, mexicoProposal)));
    expect(fallen.map((event) => [event.action, event.details.fellWith])).toEqual([['rejectProposal', franceProposal]]);
  });
});
