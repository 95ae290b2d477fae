import { describe, expect, it } from 'vitest';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import type { CollabConnection } from './connection';
import { createRefusalLimiter } from './refusal-limiter';
import { createRoomCounters } from './room-counters';
import { RoomRegistry } from './room-registry';
import { createLocalRoomBus } from './scale-out/room-bus';
import { waitFor } from '@/test-support/collab/wait-for';
import { createUpdateValidator } from './validation';

const DRAFT = 'd0c0ffee-0000-4000-8000-000000000002';

/** Only what a room reads of a connection when it joins and leaves. */
function fakeConnection(userId: string): CollabConnection {
  return {
    user: { userId, name: userId },
    awarenessClients: new Set<number>(),
    offlineSince: undefined,
    sendSession: () => undefined,
    send: () => undefined,
    close: () => undefined,
  } as unknown as CollabConnection;
}

describe('RoomRegistry', () => {
  it("remembers when a participant left a draft after the draft's room unloaded, for words typed offline", async () => {
    const state = buildDraftState([{ id: 'p', label: '1', kind: 'OP', runs: [{ insert: 'Urges' }] }]);
    const deps = {
      store: { load: () => Promise.resolve(state), append: () => Promise.resolve(), compact: () => Promise.resolve() },
      bus: createLocalRoomBus(),
      counters: createRoomCounters(),
      audit: () => Promise.resolve(),
      limiter: createRefusalLimiter(),
      logError: (message: string) => {
        throw new Error(message);
      },
      runCommand: () => Promise.resolve(),
      createValidator: createUpdateValidator,
    };
    const registry = new RoomRegistry(deps, 0);
    const first = await registry.acquire(DRAFT);
    const leaving = fakeConnection('france');
    first.join(leaving);
    expect(leaving.offlineSince).toBeUndefined();
    const leftBy = Date.now();
    first.leave(leaving);
    registry.release(first);
    await waitFor(() => registry.size === 0, 'the room unloads');

    const second = await registry.acquire(DRAFT);
    expect(second).not.toBe(first);
    const back = fakeConnection('france');
    const newcomer = fakeConnection('mexico');
    second.join(back);
    second.join(newcomer);
    expect(back.offlineSince).toBeGreaterThanOrEqual(leftBy);
    expect(newcomer.offlineSince).toBeUndefined();
    second.leave(back);
    second.leave(newcomer);
    registry.release(second);
    await registry.closeAll();
  });
});
