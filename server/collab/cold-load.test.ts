import { randomUUID } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import { draftSnapshots } from '@/server/db/schema';
import { compactDraft } from '@/server/drafts/compact-draft';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { PARAGRAPH_ONE, PARAGRAPH_TWO, seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { startCollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';
import { CollabConnection } from './connection';
import { createDatabaseDraftStore } from './draft-store';
import { createRefusalLimiter } from './refusal-limiter';
import type { Room } from './room';
import { createRoomCounters } from './room-counters';
import { RoomRegistry } from './room-registry';
import { createLocalRoomBus, type DraftEvent, type RoomBus } from './scale-out/room-bus';
import { createUpdateValidator } from './validation';

/**
 * A draft loaded from its snapshot alone (as a room's unload leaves it) is not built into a
 * document at load: a newcomer that has nothing is answered with the stored bytes at once, and
 * the document is built in the room's queue right after, ahead of every write and every other
 * sync request, or earlier by whatever needs it first.
 */

let database: TestDatabase;
let meeting: CollabMeeting;
const errors: string[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCollabMeeting(database.db);
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  expect(errors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await database?.stop();
});

function marked(user: SeededUser, delegation: string): Record<string, unknown> {
  return { insertion: { proposal: randomUUID(), delegation, author: user.userId, at: new Date().toISOString() } };
}

/** Stores a chair's edit of the draft as the server would, then folds the log into the snapshot. */
async function storeAndCompact(text: string): Promise<void> {
  const doc = await storedDraft(database.db, meeting.draftId);
  const before = Y.encodeStateVector(doc);
  typeInto(doc, PARAGRAPH_TWO, 0, text);
  const store = createDatabaseDraftStore(database.db);
  await store.append({ draftId: meeting.draftId, update: Y.encodeStateAsUpdate(doc, before), userId: meeting.people.chair.userId, delegationId: null });
  await compactDraft({ db: database.db, draftId: meeting.draftId });
}

async function snapshotBytes(): Promise<Uint8Array> {
  const [row] = await database.db.select({ state: draftSnapshots.state }).from(draftSnapshots).where(eq(draftSnapshots.draftId, meeting.draftId));
  if (!row) throw new Error('the draft has no snapshot');
  return row.state;
}

/** A bus on which the test plays another instance: it hands the room what that instance publishes. */
function busFromAnotherInstance(): { bus: RoomBus; publish(event: DraftEvent): void } {
  const listeners: Array<(event: DraftEvent) => void> = [];
  const bus: RoomBus = {
    ...createLocalRoomBus(),
    subscribeDraft: (_draftId, listener) => {
      listeners.push(listener);
      return Promise.resolve(() => listeners.splice(listeners.indexOf(listener), 1));
    },
  };
  return { bus, publish: (event) => listeners.forEach((listener) => listener(event)) };
}

function startRegistry(bus: RoomBus = createLocalRoomBus()): RoomRegistry {
  const registry = new RoomRegistry(
    {
      store: createDatabaseDraftStore(database.db),
      bus,
      counters: createRoomCounters(),
      audit: () => Promise.resolve(),
      limiter: createRefusalLimiter(),
      logError: (message) => errors.push(message),
      runCommand: () => Promise.resolve(),
      createValidator: createUpdateValidator,
    },
    60_000,
  );
  cleanups.push(() => registry.closeAll());
  return registry;
}

interface SyncFrame {
  step: number;
  payload: Uint8Array;
}

/** A connection whose socket records the sync frames the room sends it, in order. */
function recordingConnection(room: Room, user: SeededUser, delegationId: string | null, role: 'delegate' | 'chair'): { connection: CollabConnection; syncs: SyncFrame[] } {
  const syncs: SyncFrame[] = [];
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    send(frame: Uint8Array) {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== MESSAGE.sync) return;
      syncs.push({ step: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) });
    },
    close() {
      this.readyState = 3;
    },
  };
  const access = { meetingId: meeting.meetingId, role, delegationId, knownDelegations: [meeting.france, meeting.mexico] };
  const connection = new CollabConnection(socket as unknown as WebSocket, user, room.draftId, access);
  room.join(connection);
  cleanups.push(() => room.leave(connection));
  return { connection, syncs };
}

const STEP_ONE = 0;
const STEP_TWO = 1;
const UPDATE = 2;
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

describe('the database store', () => {
  it('hands a room the stored bytes alone only while nothing is logged after the snapshot', async () => {
    await storeAndCompact('Affirms ');
    const store = createDatabaseDraftStore(database.db);
    const compacted = await store.loadDoc?.(meeting.draftId);
    expect(compacted?.doc).toBeNull();
    expect(Buffer.from(compacted?.state ?? []).equals(Buffer.from(await snapshotBytes()))).toBe(true);

    const doc = await storedDraft(database.db, meeting.draftId);
    const before = Y.encodeStateVector(doc);
    typeInto(doc, PARAGRAPH_TWO, 0, 'Also ');
    await store.append({ draftId: meeting.draftId, update: Y.encodeStateAsUpdate(doc, before), userId: meeting.people.chair.userId, delegationId: null });
    const logged = await store.loadDoc?.(meeting.draftId);
    if (!logged?.doc) throw new Error('a draft with rows after its snapshot must be loaded built');
    expect(logged.state).toBeNull();
    expect(paragraphText(logged.doc, PARAGRAPH_TWO)).toMatch(/^Also Affirms /);
  });
});

describe('a room loaded from its snapshot alone', () => {
  it('answers an empty sync request with the stored bytes before building the document, then sends its own sync step 1', async () => {
    await storeAndCompact('Recalls ');
    const stored = await snapshotBytes();
    const registry = startRegistry();
    const room = await registry.acquire(meeting.draftId);
    cleanups.push(() => registry.release(room));
    const { connection, syncs } = recordingConnection(room, meeting.people.frenchDelegate, meeting.france, 'delegate');
    room.receive(connection, { kind: 'syncStep1', stateVector: EMPTY_STATE_VECTOR });

    // Answered at once, with the snapshot's very bytes; the server's step 1 needs the document.
    expect(syncs.map((sync) => sync.step)).toEqual([STEP_TWO]);
    expect(Buffer.from(syncs[0]?.payload ?? []).equals(Buffer.from(stored))).toBe(true);

    await room.queue.idle();
    expect(syncs.map((sync) => sync.step)).toEqual([STEP_TWO, STEP_ONE]);
    const expected = await storedDraft(database.db, meeting.draftId);
    expect(Y.decodeStateVector(syncs[1]?.payload ?? EMPTY_STATE_VECTOR)).toEqual(Y.decodeStateVector(Y.encodeStateVector(expected)));
    expect(paragraphText(room.doc, PARAGRAPH_TWO)).toBe(paragraphText(expected, PARAGRAPH_TWO));
  });

  it('answers a sync request that holds part of the draft, once the document is built, with what it lacks', async () => {
    const older = await storedDraft(database.db, meeting.draftId);
    await storeAndCompact('Welcomes ');
    const registry = startRegistry();
    const room = await registry.acquire(meeting.draftId);
    cleanups.push(() => registry.release(room));
    const { connection, syncs } = recordingConnection(room, meeting.people.chair, null, 'chair');
    room.receive(connection, { kind: 'syncStep1', stateVector: Y.encodeStateVector(older) });
    expect(syncs).toEqual([]);

    await room.queue.idle();
    const answer = syncs.find((sync) => sync.step === STEP_TWO);
    if (!answer) throw new Error('the sync request was not answered');
    Y.applyUpdate(older, answer.payload);
    expect(paragraphText(older, PARAGRAPH_TWO)).toMatch(/^Welcomes /);
    expect(Y.encodeStateVector(older)).toEqual(Y.encodeStateVector(await storedDraft(database.db, meeting.draftId)));
  });

  it('keeps an update from another instance that arrives before the document is built', async () => {
    await storeAndCompact('Notes ');
    const { bus, publish } = busFromAnotherInstance();
    const registry = startRegistry(bus);
    const room = await registry.acquire(meeting.draftId);
    cleanups.push(() => registry.release(room));
    const { syncs } = recordingConnection(room, meeting.people.frenchDelegate, meeting.france, 'delegate');

    // Stored there, published, heard here before this room's queue built the document.
    const elsewhere = await storedDraft(database.db, meeting.draftId);
    const before = Y.encodeStateVector(elsewhere);
    typeInto(elsewhere, PARAGRAPH_TWO, 0, 'Elsewhere ');
    publish({ kind: 'update', update: Y.encodeStateAsUpdate(elsewhere, before), writer: meeting.people.chair.userId });
    expect(syncs.map((sync) => sync.step)).toEqual([STEP_ONE, UPDATE]);
    expect(paragraphText(room.doc, PARAGRAPH_TWO)).toMatch(/^Elsewhere Notes /);

    // A newcomer is no longer sent the stale snapshot, and the queued build loses nothing.
    const newcomer = recordingConnection(room, meeting.people.chair, null, 'chair');
    room.receive(newcomer.connection, { kind: 'syncStep1', stateVector: EMPTY_STATE_VECTOR });
    await room.queue.idle();
    const answer = newcomer.syncs.find((sync) => sync.step === STEP_TWO);
    if (!answer) throw new Error('the newcomer was not answered');
    const received = new Y.Doc();
    Y.applyUpdate(received, answer.payload);
    expect(paragraphText(received, PARAGRAPH_TWO)).toMatch(/^Elsewhere Notes /);
    expect(paragraphText(room.doc, PARAGRAPH_TWO)).toMatch(/^Elsewhere Notes /);
  });
});

describe('a write right after a cold load', () => {
  const clients: TestClient[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  it('is judged and stored: a marked proposal is kept, an unmarked insertion refused', async () => {
    await storeAndCompact('Stresses ');
    const server = await startCollabTestServer(database.db);
    cleanups.push(() => server.close());
    cleanups.push(() => expect(server.errors).toEqual([]));
    const connect = async (user: SeededUser): Promise<TestClient> => {
      const client = await connectTestClient({ url: server.url, draftId: meeting.draftId, user });
      clients.push(client);
      return client;
    };
    const { frenchDelegate, mexicanDelegate } = meeting.people;
    const france = await connect(frenchDelegate);
    const mexico = await connect(mexicanDelegate);
    // Each types as soon as it has the draft: before or while the server builds its document.
    await waitFor(() => france.provider.synced && mexico.provider.synced, 'both have the draft');
    typeInto(france.doc, PARAGRAPH_ONE, 0, 'Firmly ', marked(frenchDelegate, meeting.france));
    typeInto(mexico.doc, PARAGRAPH_TWO, 0, 'UNMARKED ');

    await waitFor(() => mexico.closeCodes.includes(CLOSE.refused), 'the unmarked insertion is refused');
    await waitFor(async () => paragraphText(await storedDraft(database.db, meeting.draftId), PARAGRAPH_ONE).startsWith('Firmly '), 'the proposal is stored');
    const stored = await storedDraft(database.db, meeting.draftId);
    expect(paragraphText(stored, PARAGRAPH_TWO)).toMatch(/^Stresses /);
    expect(paragraphText(stored, PARAGRAPH_TWO)).not.toContain('UNMARKED');
  });
});
