import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '@/lib/collab/protocol';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { encodeSyncUpdate } from './frames';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { PARAGRAPH_ONE, seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { countDraftUpdates } from '@/test-support/collab/seed-draft';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';

/**
 * A Yjs client id belongs to the user who first wrote with it, and a proposal id to the
 * delegation and author who made it, also after the draft was unloaded: both are rebuilt from
 * the update log when the draft loads again.
 */

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;
const clients: TestClient[] = [];

async function connect(user: SeededUser): Promise<TestClient> {
  const client = await connectTestClient({ url: server.url, draftId: meeting.draftId, user });
  clients.push(client);
  await waitFor(() => client.provider.synced, `${user.name} synced`);
  return client;
}

/** Sends, over `client`'s socket, an edit of its document written under `clientId`. */
function writeUnder(client: TestClient, clientId: number, edit: (doc: Y.Doc) => void): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(client.doc));
  doc.clientID = clientId;
  const before = Y.encodeStateVector(doc);
  edit(doc);
  client.provider.ws?.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc, before)));
}

function marked(user: SeededUser, delegation: string, proposal: string = randomUUID()): Record<string, unknown> {
  return { insertion: { proposal, delegation, author: user.userId, at: new Date().toISOString() } };
}

/** Unloads the draft the hard way: a new server process on the same database. */
async function restart(): Promise<void> {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
  server = await startCollabTestServer(database.db);
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

describe('client ids and proposal ids stay their owners\' after the draft is unloaded', () => {
  it("refuses a delegate reusing another delegate's client id after a reload, and lets its owner go on", async () => {
    const { people } = meeting;
    const france = await connect(people.frenchDelegate);
    const frenchId = france.doc.clientID;
    typeInto(france.doc, PARAGRAPH_ONE, 0, 'Noting ', marked(people.frenchDelegate, meeting.france));
    await waitFor(async () => paragraphText(await storedDraft(database.db, meeting.draftId), PARAGRAPH_ONE).startsWith('Noting '), 'stored');
    await restart();

    const rows = await countDraftUpdates(database.db, meeting.draftId);
    const mexico = await connect(people.mexicanDelegate);
    writeUnder(mexico, frenchId, (doc) => typeInto(doc, PARAGRAPH_ONE, 0, 'Also ', marked(people.mexicanDelegate, meeting.mexico)));
    await waitFor(() => mexico.closeCodes.length > 0, 'Mexico is closed');
    expect(mexico.closeCodes[0]).toBe(CLOSE.refused);
    expect(mexico.refusals[0]?.reason).toMatch(/another participant's editing session/);
    expect(await countDraftUpdates(database.db, meeting.draftId)).toBe(rows);

    const back = await connect(people.frenchDelegate);
    writeUnder(back, frenchId, (doc) => typeInto(doc, PARAGRAPH_ONE, 0, 'Further ', marked(people.frenchDelegate, meeting.france)));
    await waitFor(async () => (await countDraftUpdates(database.db, meeting.draftId)) === rows + 1, 'France writes on');
    expect(back.refusals).toEqual([]);
  });

  it('refuses the chair writing under the client id the draft was created with', async () => {
    await restart();
    const stored = await storedDraft(database.db, meeting.draftId);
    const creator = [...Y.decodeStateVector(Y.encodeStateVector(stored)).keys()][0];
    if (creator === undefined) throw new Error('the draft has content');
    const chair = await connect(meeting.people.chair);
    writeUnder(chair, creator, (doc) => typeInto(doc, PARAGRAPH_ONE, 0, 'Chair text. '));
    await waitFor(() => chair.closeCodes.length > 0, 'the chair is closed');
    expect(chair.refusals[0]?.reason).toMatch(/another participant's editing session/);
  });

  it("refuses reusing the id of a proposal decided before the reload, whose marks are gone", async () => {
    const { people } = meeting;
    const france = await connect(people.frenchDelegate);
    const proposal = randomUUID();
    typeInto(france.doc, PARAGRAPH_ONE, 0, 'Decided ', marked(people.frenchDelegate, meeting.france, proposal));
    const chair = await connect(people.chair);
    await waitFor(() => paragraphText(chair.doc, PARAGRAPH_ONE).startsWith('Decided '), 'the chair sees the proposal');
    chair.sendCommand({ type: 'acceptProposal', id: 'accept', paragraphId: PARAGRAPH_ONE, proposalId: proposal });
    await waitFor(() => chair.replies.some((reply) => reply.id === 'accept'), 'the acceptance is answered');
    expect(chair.replies.find((reply) => reply.id === 'accept')).toMatchObject({ ok: true });
    await restart();

    const rows = await countDraftUpdates(database.db, meeting.draftId);
    const mexico = await connect(people.mexicanDelegate);
    typeInto(mexico.doc, PARAGRAPH_ONE, 0, 'Stolen ', marked(people.mexicanDelegate, meeting.mexico, proposal));
    await waitFor(() => mexico.closeCodes.length > 0, 'Mexico is closed');
    expect(mexico.refusals[0]?.reason).toMatch(/reuses the id of another delegation's or another person's proposal/);
    expect(await countDraftUpdates(database.db, meeting.draftId)).toBe(rows);
  });
});
