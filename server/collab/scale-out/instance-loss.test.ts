import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeJsonMessage } from '@/lib/collab/messages';
import { MESSAGE } from '@/lib/collab/protocol';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { OPENING_TEXT, PARAGRAPH_ONE, PARAGRAPH_TWO, seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { countDraftUpdates, seedDraft } from '@/test-support/collab/seed-draft';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { startTestRedis, type TestRedis } from '@/test-support/collab/start-test-redis';
import { waitFor } from '@/test-support/collab/wait-for';
import { connectRedisRoomBus } from './connect-redis-room-bus';
import { createRefusalLimiter } from '../refusal-limiter';
import type { RoomBus } from './room-bus';
import { shareRefusals } from './share-refusals';

// Instances that lose each other on the bus: one killed with clients on it, one that stored an
// update and died before publishing it. Each test starts its own two instances and draft.

let database: TestDatabase;
let redis: TestRedis;
let meeting: CollabMeeting;
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  [database, redis] = await Promise.all([startTestDatabase(), startTestRedis()]);
  meeting = await seedCollabMeeting(database.db);
}, 30_000);

afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await redis?.close();
  await database?.stop();
});

interface Instance {
  server: CollabTestServer;
  bus: RoomBus;
}

async function startInstance(shapeBus: (bus: RoomBus) => RoomBus = (bus) => bus): Promise<Instance> {
  const bus = await connectRedisRoomBus({ url: redis.url, logError: () => undefined, heartbeatMs: 100 });
  const server = await startCollabTestServer(database.db, { bus: shapeBus(bus) });
  closers.push(async () => {
    await server.close();
    await bus.close();
  });
  return { server, bus };
}

async function connect(instance: Instance, user: SeededUser, draftId: string): Promise<TestClient> {
  const client = await connectTestClient({ url: instance.server.url, draftId, user });
  closers.push(() => Promise.resolve(client.destroy()));
  await waitFor(() => client.provider.synced, `${user.name} synced`);
  return client;
}

function newDraft(): Promise<string> {
  return seedDraft(database.db, meeting.meetingId, [
    { id: PARAGRAPH_ONE, label: '1', kind: 'OP', runs: [{ insert: OPENING_TEXT }] },
    { id: PARAGRAPH_TWO, label: '2', kind: 'OP', runs: [{ insert: 'Invites Member States to consider' }] },
  ]);
}

describe('scale-out: an instance lost', () => {
  it('moves its clients to the other instance with nothing lost or duplicated', async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    const draftId = await newDraft();
    const chair = await connect(a, meeting.people.chair, draftId);
    const secretariat = await connect(b, meeting.people.secretariat, draftId);
    const words = Array.from({ length: 12 }, (_, index) => ` w${index}`);
    for (const word of words.slice(0, 6)) typeInto(chair.doc, PARAGRAPH_TWO, paragraphText(chair.doc, PARAGRAPH_TWO).length, word);
    a.server.kill();
    // The chair's page keeps typing while it reconnects, as a browser does, now to B.
    for (const word of words.slice(6)) typeInto(chair.doc, PARAGRAPH_TWO, paragraphText(chair.doc, PARAGRAPH_TWO).length, word);
    chair.provider.serverUrl = b.server.url;
    const expected = `Invites Member States to consider${words.join('')}`;
    await waitFor(() => paragraphText(secretariat.doc, PARAGRAPH_TWO) === expected, 'every word reaches B once', 15_000);
    await waitFor(async () => paragraphText(await storedDraft(database.db, draftId), PARAGRAPH_TWO) === expected, 'every word is stored');
    expect(paragraphText(chair.doc, PARAGRAPH_TWO)).toBe(expected);
    expect(b.server.errors).toEqual([]);
  });

  it('catches the others up from the database when an instance dies between storing and publishing', async () => {
    // A stores every update but never publishes one: what a crash right after the INSERT leaves.
    const a = await startInstance((bus) => ({
      ...bus,
      publishDraft: (draftId, event) => (event.kind === 'update' ? undefined : bus.publishDraft(draftId, event)),
    }));
    const b = await startInstance();
    const draftId = await newDraft();
    const chair = await connect(a, meeting.people.chair, draftId);
    const france = await connect(b, meeting.people.frenchDelegate, draftId);
    const rowsBefore = await countDraftUpdates(database.db, draftId);
    typeInto(chair.doc, PARAGRAPH_TWO, 0, 'Stored only ');
    await waitFor(async () => (await countDraftUpdates(database.db, draftId)) === rowsBefore + 1, 'A stores the update');
    expect(paragraphText(france.doc, PARAGRAPH_TWO)).not.toContain('Stored only');
    chair.destroy();
    a.server.kill();
    await a.bus.close();
    await waitFor(() => paragraphText(france.doc, PARAGRAPH_TWO).startsWith('Stored only '), 'B catches up from the database', 15_000);
    expect(b.server.errors).toEqual([]);
  });
});

describe('scale-out: limits and notices every instance shares', () => {
  it('counts a refusal on one instance against the same user on the other', async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    const onA = shareRefusals(createRefusalLimiter(), a.bus);
    const onB = shareRefusals(createRefusalLimiter(), b.bus);
    closers.push(() => Promise.resolve(onA.stop()), () => Promise.resolve(onB.stop()));
    const draftId = await newDraft();
    const userId = meeting.people.mexicanDelegate.userId;
    for (let refusal = 0; refusal < 5; refusal++) onA.limiter.record(draftId, userId);
    expect(onA.limiter.isLimited(draftId, userId)).toBe(true);
    await waitFor(() => onB.limiter.isLimited(draftId, userId), 'B counts the refusals A published');
    expect(onB.limiter.isLimited(draftId, meeting.people.chair.userId)).toBe(false);
  });

  // Last: it restarts the shared redis-server.
  it('has clients refetch comments after a Redis outage that swallowed a comments notice', async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    const draftId = await newDraft();
    await connect(a, meeting.people.chair, draftId);
    const france = await connect(b, meeting.people.frenchDelegate, draftId);
    let notices = 0;
    france.provider.messageHandlers[MESSAGE.commentsChanged] = () => void notices++;
    await redis.stop();
    await waitFor(() => a.bus.status() === 'down', 'A notices the outage');
    a.server.collab.notifyDraft(draftId, encodeJsonMessage(MESSAGE.commentsChanged, { draftId, paragraphId: PARAGRAPH_ONE }));
    await redis.start();
    await waitFor(() => notices > 0, 'France is told to refetch once the bus is back', 15_000);
  });
});
