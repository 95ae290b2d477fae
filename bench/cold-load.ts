/**
 * Cold load of a draft into the collaboration server: a 60-paragraph draft whose log holds
 * 10,000 stored keystroke-sized updates by six delegations and the chair, compacted as a room's
 * unload leaves it. Timed server-side: from the first connection's request for the draft until
 * the room holds it and has answered that connection's sync request (an empty state vector), as
 * a connection is served: it joins the room, which then receives its sync step 1 and answers.
 * Baseline, in the same run: Y.applyUpdate of the same state into a fresh document.
 *
 *   npm run bench -- cold-load
 *   BENCH_COMPACTED=0 loads the same draft with all 10,000 updates after its snapshot (after a crash).
 */
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { createDraft } from '@/server/drafts/create-draft';
import { draftUpdates } from '@/server/db/schema';
import { compactDraft } from '@/server/drafts/compact-draft';
import { createDatabaseDraftStore } from '@/server/collab/draft-store';
import { CollabConnection } from '@/server/collab/connection';
import type { Room } from '@/server/collab/room';
import { createRefusalLimiter } from '@/server/collab/refusal-limiter';
import { createRoomCounters } from '@/server/collab/room-counters';
import { RoomRegistry } from '@/server/collab/room-registry';
import { createLocalRoomBus } from '@/server/collab/scale-out/room-bus';
import { seedCollabMeeting } from '@/test-support/collab/seed-collab-meeting';
import { createUpdateValidator, type ValidationActor } from '@/server/collab/validation';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { startDurableDatabase } from './_durable-database';
import { latencySummary } from './_stats';
import { BenchRoom, benchParagraphs } from './_validation-history';
import { seededRandom } from '@/test-support/random';

const PARAGRAPHS = 60;
const STORED_UPDATES = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const WARMUP = 3;
const COMPACTED = process.env.BENCH_COMPACTED !== '0';

async function main(): Promise<void> {
  const database = await startDurableDatabase();
  const { db } = database;
  const meeting = await seedCollabMeeting(db);
  const rand = seededRandom(7);
  const paragraphs = benchParagraphs(PARAGRAPHS, rand);
  const draft = await createDraft({ db, meetingId: meeting.meetingId, agendaItemId: null, title: 'Cold load', initialState: buildDraftState(paragraphs) });
  const known = new Set([meeting.france, meeting.mexico]);
  const people = meeting.people;
  const actors: ValidationActor[] = [
    { userId: people.frenchDelegate.userId, role: 'delegate', delegationId: meeting.france, knownDelegations: known },
    { userId: people.mexicanDelegate.userId, role: 'delegate', delegationId: meeting.mexico, knownDelegations: known },
    { userId: people.chair.userId, role: 'chair', delegationId: null, knownDelegations: known },
  ];
  // The history is typed against the state the draft was created with, as the server stored it.
  const room = new BenchRoom(paragraphs, actors, rand);
  const rows: Array<typeof draftUpdates.$inferInsert> = [];
  while (rows.length < STORED_UPDATES) {
    const recorded = room.step();
    if (recorded) rows.push({ draftId: draft.id, update: recorded.update, userId: recorded.actor.userId, delegationId: recorded.actor.delegationId });
  }
  for (let index = 0; index < rows.length; index += 1_000) await db.insert(draftUpdates).values(rows.slice(index, index + 1_000));
  if (COMPACTED) await compactDraft({ db, draftId: draft.id });
  const state = Y.encodeStateAsUpdate(room.hub);

  const store = createDatabaseDraftStore(db);
  const deps = {
    store,
    bus: createLocalRoomBus(),
    counters: createRoomCounters(),
    audit: () => Promise.resolve(),
    limiter: createRefusalLimiter(),
    logError: (message: string, error?: unknown) => console.error(message, error),
    runCommand: () => Promise.resolve(),
    createValidator: createUpdateValidator,
  };
  const newcomer = { userId: people.frenchDelegate.userId, name: 'French delegate' };
  const access = { meetingId: meeting.meetingId, role: 'delegate' as const, delegationId: meeting.france, knownDelegations: [...known] };
  const samples = { load: [] as number[], baseline: [] as number[] };
  for (let round = 0; round < ROUNDS + WARMUP; round++) {
    const registry = new RoomRegistry(deps, 60_000);
    const start = performance.now();
    const loaded = await registry.acquire(draft.id);
    const answer = await answerNewcomer(loaded, newcomer, access);
    const loadMs = performance.now() - start;
    if (answer.byteLength < state.byteLength / 2) throw new Error('the sync answer lacks the draft');
    registry.release(loaded);
    await registry.closeAll();
    const baselineStart = performance.now();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const baselineMs = performance.now() - baselineStart;
    doc.destroy();
    if (round >= WARMUP) {
      samples.load.push(loadMs);
      samples.baseline.push(baselineMs);
    }
  }
  await database.stop();
  const result = { ...latencySummary('cold-load', ROUNDS, samples.load, samples.baseline), paragraphs: PARAGRAPHS, stored_updates: STORED_UPDATES, compacted: COMPACTED };
  console.log(
    `cold-load: ${PARAGRAPHS} paragraphs, ${STORED_UPDATES} stored updates${COMPACTED ? ', compacted' : ''}: room ready and first sync answered p50 ${result.p50_ms} ms / p99 ${result.p99_ms} ms vs Y.applyUpdate of the same state p50 ${result.baseline_p50_ms} ms (×${result.ratio_p50}), ${ROUNDS} loads`,
  );
  console.log(JSON.stringify(result));
}

/**
 * Joins a connection that has nothing to `room` and sends its sync step 1 (an empty state
 * vector), as admit-connection does; resolves with the room's sync step 2 to it.
 */
function answerNewcomer(room: Room, user: { userId: string; name: string }, access: ConstructorParameters<typeof CollabConnection>[3]): Promise<Uint8Array> {
  return new Promise((resolve) => {
    // Only what CollabConnection uses of a socket: the frames it is sent are looked at, not sent.
    const socket = {
      OPEN: 1,
      readyState: 1,
      bufferedAmount: 0,
      send(frame: Uint8Array) {
        if (frame[0] === SYNC && frame[1] === SYNC_STEP_2) resolve(frame);
      },
      close() {
        this.readyState = 3;
      },
    };
    const connection = new CollabConnection(socket as unknown as WebSocket, user, room.draftId, access);
    room.join(connection);
    room.receive(connection, { kind: 'syncStep1', stateVector: EMPTY_STATE_VECTOR });
  });
}

const SYNC = 0;
const SYNC_STEP_2 = 1;
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

// Exits when done: the pool's timers would otherwise keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
