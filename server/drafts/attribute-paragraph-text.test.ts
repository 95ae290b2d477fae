import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, typeInto } from '@/test-support/collab/draft-reading';
import { OPENING_TEXT, PARAGRAPH_ONE, seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { attributeParagraphText, type AuthorshipRun } from './attribute-paragraph-text';
import { compactDraft } from './compact-draft';

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCollabMeeting(database.db);
  server = await startCollabTestServer(database.db);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

afterAll(async () => {
  await server?.close();
  await database?.stop();
});

async function connect(user: SeededUser): Promise<TestClient> {
  const client = await connectTestClient({ url: server.url, draftId: meeting.draftId, user });
  clients.push(client);
  await waitFor(() => client.provider.synced, `${user.name} synced`);
  return client;
}

/** When the test file loaded: the server refuses new proposals stamped far from its clock. */
const TEST_TIME = new Date().toISOString();

function insertionBy(user: SeededUser, delegation: string, proposal = randomUUID()): Record<string, unknown> {
  return { insertion: { proposal, delegation, author: user.userId, at: TEST_TIME } };
}

async function command(client: TestClient, body: Record<string, unknown> & { id: string }): Promise<void> {
  client.sendCommand(body);
  await waitFor(() => client.replies.some((reply) => reply.id === body.id), `${body.id} answered`);
  expect(client.replies.find((reply) => reply.id === body.id)).toMatchObject({ ok: true });
}

/** Who wrote what, without the marks: the part of the answer that comes from the log alone. */
function writers(runs: AuthorshipRun[]): Array<[string, string | null, string | null]> {
  return runs.map((run) => [run.text, run.userId, run.delegationId]);
}

const RECOMMENDS = OPENING_TEXT.indexOf(' that');

describe('attributeParagraphText: who wrote this span, from the update log', () => {
  it("attributes each span to the sender the server authenticated, through acceptance, refusal and compaction", async () => {
    const { people } = meeting;
    const chair = await connect(people.chair);
    const france = await connect(people.frenchDelegate);
    const mexico = await connect(people.mexicanDelegate);
    const frenchProposal = randomUUID();

    typeInto(france.doc, PARAGRAPH_ONE, OPENING_TEXT.length, ' should', insertionBy(people.frenchDelegate, meeting.france, frenchProposal));
    await waitFor(() => paragraphText(mexico.doc, PARAGRAPH_ONE).endsWith(' should'), 'mexico sees the french words');
    // Mexico's words go elsewhere: touching France's, they would compete with them as an alternative.
    typeInto(mexico.doc, PARAGRAPH_ONE, RECOMMENDS, ' urgently', insertionBy(people.mexicanDelegate, meeting.mexico));
    await waitFor(() => paragraphText(chair.doc, PARAGRAPH_ONE).includes(' urgently'), 'the chair sees the mexican words');
    typeInto(chair.doc, PARAGRAPH_ONE, 0, 'Noting that ');
    await waitFor(() => paragraphText(france.doc, PARAGRAPH_ONE).startsWith('Noting that '), 'france sees the chair edit');

    // Mexico forges words in France's name: refused, so they are nowhere in the record.
    typeInto(mexico.doc, PARAGRAPH_ONE, 0, 'FORGED ', insertionBy(people.frenchDelegate, meeting.france));
    await waitFor(() => mexico.closeCodes.length > 0, 'the forgery is refused');

    // The chair accepts France's words: the mark goes, the record of who wrote them stays.
    await command(chair, { type: 'acceptProposal', id: 'accept', paragraphId: PARAGRAPH_ONE, proposalId: frenchProposal });

    const expected: Array<[string, string | null, string | null]> = [
      ['Noting that ', people.chair.userId, null],
      [OPENING_TEXT.slice(0, RECOMMENDS), null, null],
      [' urgently', people.mexicanDelegate.userId, meeting.mexico],
      [OPENING_TEXT.slice(RECOMMENDS), null, null],
      [' should', people.frenchDelegate.userId, meeting.france],
    ];
    const runs = await attributeParagraphText({ db: database.db, draftId: meeting.draftId, paragraphId: PARAGRAPH_ONE });
    expect(writers(runs ?? [])).toEqual(expected);
    expect(runs?.[4]?.marks).toEqual({});
    expect(runs?.[2]?.marks).toMatchObject({ insertion: { delegation: meeting.mexico, author: people.mexicanDelegate.userId } });
    expect(runs?.map((run) => run.text).join('')).not.toContain('FORGED');

    await compactDraft({ db: database.db, draftId: meeting.draftId });
    const afterCompaction = await attributeParagraphText({ db: database.db, draftId: meeting.draftId, paragraphId: PARAGRAPH_ONE });
    expect(writers(afterCompaction ?? [])).toEqual(expected);
  });

  it('attributes text the server wrote for a command to the member who sent the command', async () => {
    const { people } = meeting;
    const chair = await connect(people.chair);
    const france = await connect(people.frenchDelegate);
    await command(france, { type: 'proposeParagraph', id: 'new', afterParagraphId: PARAGRAPH_ONE, text: 'Encourages States parties to share data' });
    // Chair compromise text is typed as the Chair's proposal; it is the chair user's writing.
    await waitFor(() => chair.doc.getArray('order').length === 3, 'the chair sees the new paragraph');
    const newId = chair.doc.getArray<string>('order').get(1);
    typeInto(chair.doc, newId, 0, 'Also ', insertionBy(people.chair, CHAIR_DELEGATION));
    await waitFor(() => paragraphText(france.doc, newId).startsWith('Also '), 'france sees the compromise');

    const runs = await attributeParagraphText({ db: database.db, draftId: meeting.draftId, paragraphId: newId });
    expect(writers(runs ?? [])).toEqual([
      ['Also ', people.chair.userId, null],
      ['Encourages States parties to share data', people.frenchDelegate.userId, meeting.france],
    ]);
    expect(runs?.[1]?.marks).toMatchObject({ insertion: { delegation: meeting.france, author: people.frenchDelegate.userId } });
  });

  it('answers null for a paragraph that is not in the draft', async () => {
    expect(await attributeParagraphText({ db: database.db, draftId: meeting.draftId, paragraphId: randomUUID() })).toBeNull();
  });
});
