import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/server/db/client';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { registerCollabHooks } from '@/server/collab/process-hooks';
import { connectTestClient } from '@/test-support/collab/connect-test-client';
import { seedCollabMeeting, type CollabMeeting } from '@/test-support/collab/seed-collab-meeting';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';
import { readHealth } from './read-health';

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

describe('readHealth', () => {
  it('reports the database up, and the rooms and connections of the collaboration server in this process', async () => {
    const remove = registerCollabHooks(server.collab);
    const chair = await connectTestClient({ url: server.url, draftId: meeting.draftId, user: meeting.people.chair });
    try {
      await waitFor(() => chair.provider.synced, 'the chair is synced');
      expect(await readHealth({ db: database.db })).toEqual({ ok: true, database: 'up', redis: 'local', rooms: 1, connections: 1 });
    } finally {
      chair.destroy();
      remove();
    }
  });

  it('is unhealthy when the database cannot be reached, and says so', async () => {
    const unreachable = createDb('postgres://nobody:nothing@127.0.0.1:1/none');
    try {
      expect(await readHealth({ db: unreachable.db })).toMatchObject({ ok: false, database: 'down', redis: 'unknown' });
    } finally {
      await unreachable.close();
    }
  });
});
