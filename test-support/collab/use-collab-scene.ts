import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from './connect-test-client';
import { seedCollabMeeting, type CollabMeeting, type SeededUser } from './seed-collab-meeting';
import { startCollabTestServer, type CollabTestServer } from './start-collab-test-server';
import { waitFor } from './wait-for';

export interface CollabScene {
  readonly database: TestDatabase;
  readonly server: CollabTestServer;
  readonly meeting: CollabMeeting;
  /** A client of `user` on the draft (the seeded one by default), once it has synced. */
  connect(user: SeededUser, draftId?: string): Promise<TestClient>;
  /** A client made elsewhere (another server), closed with the scene's after the test. */
  track(client: TestClient): TestClient;
  /** Unloads every draft the hard way: the clients go, and a new server starts on the same database. */
  restartServer(): Promise<void>;
}

export interface CollabSceneOptions {
  /** How the server is started (a store that fails on cue, a faster probe, …); the same after restartServer. */
  server?: Parameters<typeof startCollabTestServer>[1];
  /** Whether the server may log errors (tests of failures expect some); by default none is allowed. */
  errorsExpected?: boolean;
}

/**
 * The scene most collaboration tests play in, set up once per file: a database, the seeded
 * meeting and a collaboration server on port 0. After each test its clients are closed and the
 * server must have logged no error; after the file everything stops.
 */
export function useCollabScene(options: CollabSceneOptions = {}): CollabScene {
  let database: TestDatabase | undefined;
  let server: CollabTestServer | undefined;
  let meeting: CollabMeeting | undefined;
  const clients: TestClient[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the collaboration scene has no ${what} yet (use it inside a test)`);
    return value;
  };

  beforeAll(async () => {
    database = await startTestDatabase();
    meeting = await seedCollabMeeting(database.db);
    server = await startCollabTestServer(database.db, options.server);
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    if (!options.errorsExpected) expect(server?.errors).toEqual([]);
  });

  afterAll(async () => {
    await server?.close();
    await database?.stop();
  });

  return {
    get database() {
      return ready(database, 'database');
    },
    get server() {
      return ready(server, 'server');
    },
    get meeting() {
      return ready(meeting, 'meeting');
    },
    async connect(user, draftId) {
      const client = await connectTestClient({ url: ready(server, 'server').url, draftId: draftId ?? ready(meeting, 'meeting').draftId, user });
      clients.push(client);
      await waitFor(() => client.provider.synced, `${user.name} synced`);
      return client;
    },
    track(client) {
      clients.push(client);
      return client;
    },
    async restartServer() {
      for (const client of clients.splice(0)) client.destroy();
      await ready(server, 'server').close();
      server = await startCollabTestServer(ready(database, 'database').db, options.server);
    },
  };
}
