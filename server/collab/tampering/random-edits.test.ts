import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraphIds } from '@/lib/negotiation/draft-doc';
import { markNameOfKey } from '@/lib/negotiation/marks';
import { CHAIR_DELEGATION, MARKS } from '@/lib/negotiation/schema';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { attributeParagraphText } from '@/server/drafts/attribute-paragraph-text';
import { visibleState } from '@/test-support/validation/test-draft';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { storedDraft } from '@/test-support/collab/draft-reading';
import { seedCollabMeeting, type CollabMeeting, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { addDelegation, addMember, seedDraft } from '@/test-support/collab/seed-draft';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';
import { canonicalJson, readServerState } from '@/test-support/tampering/expect-attack-fails';
import { checkLogInvariants } from '@/test-support/tampering/log-invariants';
import { chooseChairOperation, chooseDelegateOperation, FORGED } from '@/test-support/tampering/random-operations';
import { pick, seededRandom } from '@/test-support/random';
import { SimulatedSeat } from '@/test-support/tampering/simulated-seat';

/**
 * The property test of the server's update check, over the wire: four delegates (two of them colleagues from France)
 * and the chair make random valid and forged edits and commands, go offline and come back,
 * concurrently. At the end every client has converged to the server's document, the database
 * holds that same document, and the stored history never shows a delegate adding text not
 * marked as their own delegation's proposal, or removing anyone else's text.
 */

const SEEDS = [11, 29, 47];
const OPERATIONS_PER_SEED = 50;

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;
let kenya: string;
let pools: Record<'franceA' | 'franceB' | 'mexico' | 'kenya' | 'chair', SeededUser[]>;
const watchers: TestClient[] = [];
let seats: SimulatedSeat[] = [];

beforeAll(async () => {
  database = await startTestDatabase();
  const { db } = database;
  meeting = await seedCollabMeeting(db);
  kenya = await addDelegation(db, meeting.meetingId, 'Kenya');
  const members = (name: string, role: 'delegate' | 'chair', delegation: string | null) =>
    Promise.all([1, 2, 3, 4].map((n) => addMember(db, meeting.meetingId, `${name} ${n}`, role, delegation)));
  pools = {
    franceA: await members('Delegate of France, desk A', 'delegate', meeting.france),
    franceB: await members('Delegate of France, desk B', 'delegate', meeting.france),
    mexico: await members('Delegate of Mexico', 'delegate', meeting.mexico),
    kenya: await members('Delegate of Kenya', 'delegate', kenya),
    chair: await members('Vice-Chair', 'chair', null),
  };
  server = await startCollabTestServer(db, { idleUnloadMs: 10 * 60_000 });
});

afterEach(() => {
  for (const seat of seats.splice(0)) seat.destroy();
  for (const watcher of watchers.splice(0)) watcher.destroy();
});

afterAll(async () => {
  await server?.close();
  await database?.stop();
});

async function newDraft(seed: number): Promise<string> {
  const base = ['Urges States parties to strengthen cooperation', 'Recalling the Protocol against the Smuggling of Migrants', 'Requests the secretariat to report annually', 'Invites Member States to share information'];
  return seedDraft(
    database.db,
    meeting.meetingId,
    base.map((text, index) => ({ id: `5eed${String(seed).padStart(4, '0')}-0000-4000-8000-00000000000${index}`, label: String(index + 1), kind: 'OP' as const, runs: [{ insert: text }] })),
  );
}

function createSeats(draftId: string): SimulatedSeat[] {
  const { france, mexico } = meeting;
  const delegations = [france, mexico, kenya];
  const others = (own: string) => delegations.filter((delegation) => delegation !== own);
  return [
    new SimulatedSeat('France A', 'delegate', france, pools.franceA, others(france), server.url, draftId),
    new SimulatedSeat('France B', 'delegate', france, pools.franceB, others(france), server.url, draftId),
    new SimulatedSeat('Mexico', 'delegate', mexico, pools.mexico, others(mexico), server.url, draftId),
    new SimulatedSeat('Kenya', 'delegate', kenya, pools.kenya, others(kenya), server.url, draftId),
    new SimulatedSeat('Chair', 'chair', CHAIR_DELEGATION, pools.chair, delegations, server.url, draftId),
  ];
}

async function runOperations(seed: number, watcher: TestClient): Promise<{ forged: number; operations: string[] }> {
  const rng = seededRandom(seed);
  const operations: string[] = [];
  let forged = 0;
  for (let step = 0; step < OPERATIONS_PER_SEED; step++) {
    const seat = pick(rng, seats);
    if (seat.offline && rng() < 0.4) seat.goOnline();
    const client = await seat.ready();
    const choose = seat.role === 'chair' ? chooseChairOperation : chooseDelegateOperation;
    const operation = choose(rng, seat.actor(), client.doc, seat.mayForge());
    operations.push(`${step} ${seat.name}${seat.offline ? ' (offline)' : ''}: ${operation.name}`);
    if (operation.forged) forged++;
    if (operation.command) seat.send(operation.command);
    else operation.run(client);
    if (rng() < 0.1) seat.goOffline();
    // Sometimes let this seat's change reach everyone before the next one; mostly, keep going.
    if (rng() < 0.3) {
      await waitFor(() => seat.offline || seat.isRefused() || (seat.answered() && seat.deliveredTo(watcher.doc)), `${seat.name} delivered`);
    }
  }
  return { forged, operations };
}

/** Everyone back online, refused clients reloaded, every command answered, all documents equal. */
async function settle(watcher: TestClient): Promise<void> {
  const sameVector = (a: Y.Doc, b: Y.Doc) => canonicalJson([...Y.decodeStateVector(Y.encodeStateVector(a))].sort()) === canonicalJson([...Y.decodeStateVector(Y.encodeStateVector(b))].sort());
  await waitFor(
    async () => {
      for (const seat of seats) {
        seat.goOnline();
        await seat.recover();
      }
      return seats.every((seat) => {
        const client = seat.client;
        // Deletions do not show in state vectors: compare what is visible too.
        return (
          client !== null &&
          client.provider.synced &&
          !seat.isRefused() &&
          seat.answered() &&
          sameVector(client.doc, watcher.doc) &&
          canonicalJson(visibleState(client.doc)) === canonicalJson(visibleState(watcher.doc))
        );
      });
    },
    'every client converged with the server',
    20_000,
  );
}

async function expectInvariants(draftId: string, watcher: TestClient): Promise<void> {
  const delegates = new Set([...pools.franceA, ...pools.franceB, ...pools.mexico, ...pools.kenya].map((user) => user.userId));
  const chairs = new Set(pools.chair.map((user) => user.userId));
  expect(await checkLogInvariants(database.db, draftId, delegates)).toEqual([]);
  for (const paragraphId of paragraphIds(watcher.doc)) {
    const runs = (await attributeParagraphText({ db: database.db, draftId, paragraphId })) ?? [];
    for (const run of runs) {
      expect(run.text).not.toContain(FORGED);
      for (const [key, value] of Object.entries(run.marks)) {
        if (markNameOfKey(key) !== MARKS.insertion) continue;
        const attrs = value as { delegation: string; author: string };
        // An insertion mark always names the user who really wrote the text, and their delegation.
        expect({ text: run.text, author: attrs.author }).toEqual({ text: run.text, author: run.userId });
        if (run.userId !== null && delegates.has(run.userId)) expect(attrs.delegation).toBe(run.delegationId);
        else if (run.userId !== null && chairs.has(run.userId)) expect(attrs.delegation).toBe(CHAIR_DELEGATION);
      }
    }
  }
  expect(canonicalJson(visibleState(watcher.doc))).not.toContain(FORGED);
}

describe('random edits over the wire', () => {
  for (const seed of SEEDS) {
    it(`converges with every invariant holding (seed ${seed})`, async () => {
      const draftId = await newDraft(seed);
      const watcher = await connectTestClient({ url: server.url, draftId, user: meeting.people.viewer });
      watchers.push(watcher);
      await waitFor(() => watcher.provider.synced, 'the watcher is synced');
      seats = createSeats(draftId);
      for (const seat of seats) await seat.connect();

      const { forged, operations } = await runOperations(seed, watcher);
      await settle(watcher);

      const serverState = await readServerState({ server, draftId, reader: meeting.people.viewer });
      const expected = canonicalJson(serverState);
      for (const client of [watcher, ...seats.map((seat) => seat.client)]) {
        expect(canonicalJson(visibleState(client!.doc)), operations.join('\n')).toBe(expected);
      }
      expect(canonicalJson(visibleState(await storedDraft(database.db, draftId)))).toBe(expected);
      await expectInvariants(draftId, watcher);
      // The run exercised what it claims to: forgeries were sent, refused clients reloaded.
      expect(forged).toBeGreaterThan(3);
      expect(seats.reduce((sum, seat) => sum + seat.refusals, 0)).toBeGreaterThan(0);
      expect(server.errors).toEqual([]);
    });
  }
});
