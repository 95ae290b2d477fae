import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '@/lib/collab/protocol';
import { isCollabUpgrade } from '@/server/collab/create-collab-server';
import { createDefaultCollabServer } from '@/server/collab/create-default-collab-server';
import { connectTestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { PARAGRAPH_TWO, seedCollabMeeting, type CollabMeeting } from '@/test-support/collab/seed-collab-meeting';
import { TEST_AUTH_SECRET } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { stopServing } from './stop-serving';

let database: TestDatabase;
let meeting: CollabMeeting;

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCollabMeeting(database.db);
});

afterAll(async () => {
  await database?.stop();
});

describe('stopServing', () => {
  it('stops while clients are connected (it used to wait for them for ever): they are told the server is going away, nothing accepted is lost', async () => {
    const collab = createDefaultCollabServer({ db: database.db, config: { authSecret: TEST_AUTH_SECRET, allowedOrigins: [] }, idleUnloadMs: 60_000 });
    const server = http.createServer((_req, res) => res.end('ok'));
    server.on('upgrade', (req, socket, head) => (isCollabUpgrade(req) ? collab.handleUpgrade(req, socket, head) : socket.destroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // A keep-alive HTTP connection stays open after its answer, as a browser's does.
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) => http.get({ port, host: '127.0.0.1', agent }, (res) => res.resume().on('end', resolve)));
    const chair = await connectTestClient({ url: `ws://127.0.0.1:${port}/collab`, draftId: meeting.draftId, user: meeting.people.chair });
    await waitFor(() => chair.provider.synced, 'the chair is synced');
    const secretariat = await connectTestClient({ url: `ws://127.0.0.1:${port}/collab`, draftId: meeting.draftId, user: meeting.people.secretariat });
    await waitFor(() => secretariat.provider.synced, 'the secretariat is synced');
    typeInto(chair.doc, PARAGRAPH_TWO, 0, 'Last words. ');
    // Broadcast comes after the store, so once another screen has the words they are stored.
    await waitFor(() => paragraphText(secretariat.doc, PARAGRAPH_TWO).startsWith('Last words. '), 'the edit is accepted');

    await stopServing(server, () => collab.close());

    expect(chair.closeCodes).toContain(CLOSE.goingAway);
    expect(paragraphText(await storedDraft(database.db, meeting.draftId), PARAGRAPH_TWO)).toMatch(/^Last words\. /);
    chair.destroy();
    secretariat.destroy();
    agent.destroy();
  });
});
