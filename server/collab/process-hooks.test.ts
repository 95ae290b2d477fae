import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import { createComment } from '@/server/comments/create-comment';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { resolveDraftAccess } from '@/server/drafts/resolve-draft-access';
import { changeParticipant } from '@/server/setup/change-participant';
import { removeParticipant } from '@/server/setup/remove-participant';
import { registerCollabHooks } from './process-hooks';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { PARAGRAPH_ONE, seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';

/**
 * Both sides of the process hooks meet: the collaboration server's hooks are installed as
 * server/main.ts installs them, and the setup and comments code that server actions and route
 * handlers call reaches real open connections through them.
 */

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;
let removeHooks: () => void;
const clients: TestClient[] = [];

async function connect(user: SeededUser): Promise<TestClient> {
  const client = await connectTestClient({ url: server.url, draftId: meeting.draftId, user });
  clients.push(client);
  await waitFor(() => client.provider.synced, `${user.name} synced`);
  return client;
}

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCollabMeeting(database.db);
  server = await startCollabTestServer(database.db);
  removeHooks = registerCollabHooks(server.collab);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  expect(server.errors).toEqual([]);
});

afterAll(async () => {
  removeHooks?.();
  await server?.close();
  await database?.stop();
});

describe('process hooks between setup, comments and the collaboration server', () => {
  it('a role change made in meeting setup reaches the open connection at once', async () => {
    const france = await connect(meeting.people.frenchDelegate);
    expect(france.sessions.at(-1)?.role).toBe('delegate');
    await changeParticipant({
      db: database.db,
      userId: meeting.people.secretariat.userId,
      meetingId: meeting.meetingId,
      participantId: meeting.people.frenchDelegate.userId,
      change: { role: 'viewer', delegationId: null },
    });
    await waitFor(() => france.sessions.at(-1)?.role === 'viewer', 'the demoted delegate is sent the new role');
    expect(france.sessions.at(-1)).toMatchObject({ role: 'viewer', delegationId: null });
  });

  it('a participant removed in meeting setup is closed with 4403', async () => {
    const mexico = await connect(meeting.people.mexicanDelegate);
    await removeParticipant({
      db: database.db,
      userId: meeting.people.secretariat.userId,
      meetingId: meeting.meetingId,
      participantId: meeting.people.mexicanDelegate.userId,
    });
    await waitFor(() => mexico.closeCodes.includes(CLOSE.forbidden), 'the removed delegate is closed');
  });

  it('a comment made through the comments code is announced to the room', async () => {
    const chair = await connect(meeting.people.chair);
    const notices: unknown[] = [];
    chair.provider.messageHandlers[MESSAGE.commentsChanged] = (_encoder, decoder) => notices.push(JSON.parse(decoding.readVarString(decoder)));
    const access = await resolveDraftAccess({ db: database.db, userId: meeting.people.chair.userId, draftId: meeting.draftId });
    if (!access) throw new Error('the chair has no access to the draft');
    await createComment({ db: database.db, access, userId: meeting.people.chair.userId, input: { body: 'Can we return to this?', paragraphId: PARAGRAPH_ONE } });
    await waitFor(() => notices.length > 0, 'the comments notice arrives');
    expect(notices).toEqual([{ draftId: meeting.draftId, paragraphId: PARAGRAPH_ONE }]);
  });
});
