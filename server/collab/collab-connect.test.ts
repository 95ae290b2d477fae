import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { CLOSE } from '@/lib/collab/protocol';
import { draftSnapshots } from '@/server/db/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { OPENING_TEXT, PARAGRAPH_ONE, seedCollabMeeting, type CollabMeeting } from '@/test-support/collab/seed-collab-meeting';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;
const clients: TestClient[] = [];

async function connect(options: Omit<Parameters<typeof connectTestClient>[0], 'url' | 'draftId'> & { draftId?: string }): Promise<TestClient> {
  const client = await connectTestClient({ url: server.url, draftId: meeting.draftId, ...options });
  clients.push(client);
  return client;
}

async function expectClosedWith(client: TestClient, code: number): Promise<void> {
  await waitFor(() => client.closeCodes.length > 0, `close code ${code}`);
  expect(client.closeCodes[0]).toBe(code);
  // A 44xx code is terminal: the provider must not come back.
  expect(client.provider.shouldConnect).toBe(false);
}

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

describe('collaboration server: admission and sync', () => {
  it('lets two members edit the draft and converge, storing both edits', async () => {
    const chair = await connect({ user: meeting.people.chair, auth: 'cookie' });
    const france = await connect({ user: meeting.people.frenchDelegate });
    await waitFor(() => chair.provider.synced && france.provider.synced, 'both clients synced');
    expect(paragraphText(france.doc, PARAGRAPH_ONE)).toBe(OPENING_TEXT);
    expect(chair.sessions[0]).toMatchObject({ userId: meeting.people.chair.userId, role: 'chair', delegationId: null });
    expect(france.sessions[0]).toMatchObject({ role: 'delegate', delegationId: meeting.france, name: 'Delegate of France' });

    typeInto(chair.doc, PARAGRAPH_ONE, 0, 'Firmly, ');
    const proposal = { proposal: randomUUID(), delegation: meeting.france, author: meeting.people.frenchDelegate.userId, at: new Date().toISOString() };
    typeInto(france.doc, PARAGRAPH_ONE, OPENING_TEXT.length, ' and signatories', { insertion: proposal });

    const expected = `Firmly, ${OPENING_TEXT} and signatories`;
    await waitFor(
      () => paragraphText(chair.doc, PARAGRAPH_ONE) === expected && paragraphText(france.doc, PARAGRAPH_ONE) === expected,
      'both clients see both edits',
    );
    await waitFor(async () => paragraphText(await storedDraft(database.db, meeting.draftId), PARAGRAPH_ONE) === expected, 'both edits stored');
    expect(chair.refusals).toEqual([]);
    expect(france.refusals).toEqual([]);
  });

  it('relays presence with the server-known identity', async () => {
    const chair = await connect({ user: meeting.people.chair });
    const viewer = await connect({ user: meeting.people.viewer });
    chair.provider.awareness.setLocalStateField('user', { name: 'pretending to be someone else', color: '#000' });
    await waitFor(() => viewer.provider.awareness.getStates().has(chair.doc.clientID), 'viewer sees the chair');
    const state = viewer.provider.awareness.getStates().get(chair.doc.clientID);
    expect(state?.session).toMatchObject({ userId: meeting.people.chair.userId, role: 'chair', name: 'Chair Person' });
    expect(state?.user).toEqual({ name: 'Chair Person', delegationId: null, color: '#000' });
    chair.destroy();
    await waitFor(() => !viewer.provider.awareness.getStates().has(chair.doc.clientID), 'the chair leaves');
  });

  it("draws a viewer calling itself \"Chair\" under its own name, and closes 4413 on a presence flood", async () => {
    const chair = await connect({ user: meeting.people.chair });
    const viewer = await connect({ user: meeting.people.viewer });
    viewer.provider.awareness.setLocalStateField('user', { name: 'Chair', color: 'url(javascript:alert(1))' });
    await waitFor(() => chair.provider.awareness.getStates().get(viewer.doc.clientID)?.user !== undefined, 'the chair sees the viewer');
    const user = chair.provider.awareness.getStates().get(viewer.doc.clientID)?.user as { name?: string; color?: string };
    expect(user.name).not.toBe('Chair');
    expect(user.name).toBe(viewer.sessions[0]?.name);
    expect(user.color).toBeUndefined();
    viewer.provider.awareness.setLocalStateField('notes', 'x'.repeat(8 * 1024));
    await expectClosedWith(viewer, CLOSE.tooLarge);
    expect(JSON.stringify(chair.provider.awareness.getStates().get(viewer.doc.clientID) ?? {})).not.toContain('xxxx');
  });

  it('closes 4401 without credentials or with a forged token', async () => {
    const anonymous = await connect({ auth: 'none' });
    await expectClosedWith(anonymous, CLOSE.unauthorized);
    const forged = await connect({ auth: 'none' });
    forged.provider.disconnect();
    forged.provider.params = { token: 'eyJzdWIiOiJ4In0.c2lnbmF0dXJl' };
    forged.provider.connect();
    await expectClosedWith(forged, CLOSE.unauthorized);
  });

  it('closes 4403 for a signed-in user who is not a member of the meeting', async () => {
    const outsider = await connect({ user: meeting.people.outsider, auth: 'cookie' });
    await expectClosedWith(outsider, CLOSE.forbidden);
  });

  it('closes 4404 for a draft that does not exist', async () => {
    const lost = await connect({ user: meeting.people.chair, draftId: randomUUID() });
    await expectClosedWith(lost, CLOSE.notFound);
  });

  it('closes 4406 for a foreign Origin and admits the same origin', async () => {
    const foreign = await connect({ user: meeting.people.chair, origin: 'https://evil.example' });
    await expectClosedWith(foreign, CLOSE.badOrigin);
    const sameOrigin = await connect({ user: meeting.people.chair, origin: server.url.replace('ws://', 'http://').replace('/collab', '') });
    await waitFor(() => sameOrigin.provider.synced, 'same-origin client synced');
  });

  it('loads a draft once for concurrent first connections, and unloads and compacts it when idle', async () => {
    const quick = await startCollabTestServer(database.db, { idleUnloadMs: 30 });
    try {
      const people = [meeting.people.chair, meeting.people.viewer, meeting.people.secretariat];
      const group = await Promise.all(people.map((user) => connectTestClient({ url: quick.url, draftId: meeting.draftId, user })));
      clients.push(...group);
      await waitFor(() => group.every((client) => client.provider.synced), 'all three synced');
      expect(quick.collab.stats()).toMatchObject({ rooms: 1, connections: 3, roomsLoaded: 1 });

      typeInto(group[0]!.doc, PARAGRAPH_ONE, 0, 'Compacted. ');
      await waitFor(() => quick.collab.stats().updatesAccepted === 1, 'the edit is accepted');
      for (const client of clients.splice(0)) client.destroy();
      await waitFor(() => quick.collab.stats().rooms === 0, 'the room unloads');
      expect(quick.collab.stats().roomsUnloaded).toBe(1);
      await waitFor(async () => {
        const [snapshot] = await database.db.select().from(draftSnapshots).where(eq(draftSnapshots.draftId, meeting.draftId));
        return snapshot !== undefined;
      }, 'a compacted snapshot');
      expect(paragraphText(await storedDraft(database.db, meeting.draftId), PARAGRAPH_ONE)).toMatch(/^Compacted\. /);
    } finally {
      await quick.close();
    }
  });
});
