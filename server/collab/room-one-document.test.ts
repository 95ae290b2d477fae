import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { draftParagraphs, mark, people, textOf, FRA } from '@/test-support/validation/test-draft';
import type { CollabConnection } from './connection';
import type { DraftStore } from './draft-store';
import { createRefusalLimiter } from './refusal-limiter';
import { Room } from './room';
import { createRoomCounters } from './room-counters';
import { createLocalRoomBus } from './scale-out/room-bus';
import { createUpdateValidator } from './validation';
import { paragraphText } from '@/test-support/collab/draft-reading';

/**
 * The room judges a client's update on its one document before storing it; these tests hold
 * the store in their hands to prove the document then ends as the database holds it.
 */

const DRAFT = 'd0c0ffee-0000-4000-8000-0000000000aa';
const STATE = buildDraftState(draftParagraphs());

interface Appends {
  /** Each append waits for the test to settle it. */
  waiting: { resolve(): void; reject(error: Error): void }[];
}

function openRoom(): { room: Room; appends: Appends; errors: string[] } {
  const appends: Appends = { waiting: [] };
  const errors: string[] = [];
  const store: DraftStore = {
    load: () => Promise.resolve(STATE),
    append: () => new Promise<void>((resolve, reject) => appends.waiting.push({ resolve, reject })),
    compact: () => Promise.resolve(),
    // The database answers: a failed append is the row refused, not the database away.
    ping: () => Promise.resolve(),
  };
  const room = new Room(DRAFT, { doc: null, state: STATE }, {
    store,
    bus: createLocalRoomBus(),
    counters: createRoomCounters(),
    audit: () => Promise.resolve(),
    limiter: createRefusalLimiter(),
    logError: (message) => void errors.push(message),
    onBroken: () => {
      throw new Error('the room broke');
    },
    runCommand: () => Promise.resolve(),
    createValidator: createUpdateValidator,
  });
  return { room, appends, errors };
}

/** What the room reads of a connection; `sent` collects what the room sends it. */
function connectionOf(actor: typeof people.france, sent: Uint8Array[] = []): CollabConnection {
  return {
    actor,
    user: { userId: actor.userId, name: actor.userId },
    offlineSince: undefined,
    awarenessClients: new Set<number>(),
    sendSession: () => undefined,
    send: (message: Uint8Array) => void sent.push(message),
    close: () => undefined,
  } as unknown as CollabConnection;
}

/** The state vectors of the sync step 1 messages among `sent` (message 0, sync type 0). */
function stepOneVectors(sent: Uint8Array[]): Map<number, number>[] {
  return sent.flatMap((message) => {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 0) return [];
    return [Y.decodeStateVector(decoding.readVarUint8Array(decoder))];
  });
}

/** A client of the draft typing `words` at the start of `p-plain` under its delegation's mark. */
function typed(words: string, actor = people.france, delegation = FRA): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, STATE);
  const before = Y.encodeStateVector(client);
  textOf(client, 'p-plain').insert(0, words, { insertion: mark(delegation, actor.userId, `prop-${words.trim()}`) });
  return Y.encodeStateAsUpdate(client, before);
}

async function settleAppends(appends: Appends, outcome: 'stored' | 'failed'): Promise<void> {
  // storeUpdate tries a refused row twice; each attempt waits here.
  for (let attempt = 0; attempt < 2; attempt++) {
    await expect.poll(() => appends.waiting.length).toBeGreaterThan(0);
    const next = appends.waiting.shift();
    if (outcome === 'stored') {
      next?.resolve();
      return;
    }
    next?.reject(new Error('new row violates check constraint'));
  }
}

let opened: Room | undefined;
afterEach(() => opened?.destroy(1000, 'test over'));

const plainText = (room: Room): string => paragraphText(room.doc, 'p-plain');

describe('a room judging updates on its one document', () => {
  it('ends as the database holds it when a judged update cannot be stored, keeping what another instance sent meanwhile', async () => {
    const { room, appends, errors } = openRoom();
    opened = room;
    const france = connectionOf(people.france);
    const commit = room.queue.run(() => room.commit(typed('UNSTORED '), { kind: 'client', connection: france }));
    await expect.poll(() => appends.waiting.length).toBe(1);
    // Judged and in the document, waiting for its row.
    expect(plainText(room)).toContain('UNSTORED');
    room.receiveRemoteUpdate(typed('Remote ', people.mexico, FRA), people.mexico.userId);
    await settleAppends(appends, 'failed');
    await expect(commit).resolves.toMatchObject({ status: 'failed', paragraphIds: ['p-plain'] });
    expect(plainText(room)).toBe('Remote Recalling the Protocol to Prevent Trafficking');
    expect(errors.some((message) => message.includes('could not store'))).toBe(true);

    // The validator judges on the restored document: the next update is taken and stays.
    const next = room.queue.run(() => room.commit(typed('Also ', people.franceColleague), { kind: 'client', connection: connectionOf(people.franceColleague) }));
    await settleAppends(appends, 'stored');
    await expect(next).resolves.toEqual({ status: 'committed' });
    expect(plainText(room)).toMatch(/^(Also Remote|Remote Also) Recalling/);
  });

  it('sends a newcomer its sync step 1 only once the write being stored is settled, without it when it failed', async () => {
    const { room, appends } = openRoom();
    opened = room;
    const update = typed('UNSTORED ');
    const writer = Y.parseUpdateMeta(update).to.keys().next().value as number;
    const commit = room.queue.run(() => room.commit(update, { kind: 'client', connection: connectionOf(people.france) }));
    await expect.poll(() => appends.waiting.length).toBe(1);
    const sent: Uint8Array[] = [];
    // France's page reconnecting while its write is being stored.
    room.join(connectionOf(people.france, sent));
    expect(stepOneVectors(sent)).toEqual([]);
    await settleAppends(appends, 'failed');
    await commit;
    await room.queue.idle();
    const [vector, ...more] = stepOneVectors(sent);
    expect(more).toEqual([]);
    expect(vector?.has(writer)).toBe(false);
  });

  it('drops a refused update from the document and judges the next one on what remains', async () => {
    const { room, appends } = openRoom();
    opened = room;
    const refused = room.queue.run(() => room.commit(typed('FORGED ', people.france, 'someone-else'), { kind: 'client', connection: connectionOf(people.france) }));
    await expect(refused).resolves.toMatchObject({ status: 'refused' });
    expect(appends.waiting).toEqual([]);
    expect(plainText(room)).toBe('Recalling the Protocol to Prevent Trafficking');

    const honest = room.queue.run(() => room.commit(typed('Also '), { kind: 'client', connection: connectionOf(people.france) }));
    await settleAppends(appends, 'stored');
    await expect(honest).resolves.toEqual({ status: 'committed' });
    expect(plainText(room)).toBe('Also Recalling the Protocol to Prevent Trafficking');
  });
});
