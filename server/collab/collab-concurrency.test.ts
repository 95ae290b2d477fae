import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { listParagraphProposals } from '@/lib/negotiation/proposals';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { OPENING_TEXT, PARAGRAPH_ONE, seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCollabMeeting(database.db);
  server = await startCollabTestServer(database.db);
});

afterAll(async () => {
  await server?.close();
  await database?.stop();
});

async function connect(user: SeededUser): Promise<TestClient> {
  const client = await connectTestClient({ url: server.url, draftId: meeting.draftId, user });
  client.provider.connect();
  await waitFor(() => client.provider.synced, `${user.name} synced`);
  return client;
}

function proposal(user: SeededUser, delegation: string) {
  return { insertion: { proposal: randomUUID(), delegation, author: user.userId, at: new Date().toISOString() } };
}

describe('two delegations proposing at the same spot at the same time', () => {
  it('keeps both proposals, each with its own attribution', async () => {
    const france = await connect(meeting.people.frenchDelegate);
    const mexico = await connect(meeting.people.mexicanDelegate);
    const spot = OPENING_TEXT.indexOf('States');
    // Both type before either has seen the other's words: the edits are concurrent.
    france.provider.disconnect();
    mexico.provider.disconnect();
    typeInto(france.doc, PARAGRAPH_ONE, spot, 'all ', proposal(meeting.people.frenchDelegate, meeting.france));
    typeInto(mexico.doc, PARAGRAPH_ONE, spot, 'the ', proposal(meeting.people.mexicanDelegate, meeting.mexico));
    france.provider.connect();
    mexico.provider.connect();

    const both = (doc: Y.Doc) => {
      const text = paragraphText(doc, PARAGRAPH_ONE);
      // Yjs orders concurrent inserts at one spot by client id: either order is right.
      return text.includes('all ') && text.includes('the ') && text.endsWith('States parties');
    };
    await waitFor(() => both(france.doc) && both(mexico.doc), 'both proposals reach both delegations');
    expect(france.refusals).toEqual([]);
    expect(mexico.refusals).toEqual([]);

    const stored = await storedDraft(database.db, meeting.draftId);
    const byDelegation = Object.fromEntries(listParagraphProposals(stored, PARAGRAPH_ONE).map((p) => [p.delegation, p.inserted]));
    expect(byDelegation).toEqual({ [meeting.france]: 'all ', [meeting.mexico]: 'the ' });
    expect(paragraphText(france.doc, PARAGRAPH_ONE)).toBe(paragraphText(stored, PARAGRAPH_ONE));
    france.destroy();
    mexico.destroy();
  });
});
