import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { textOf } from '@/test-support/validation/test-draft';
import { waitFor } from '@/test-support/collab/wait-for';
import { FOLD_WHEN_QUIET } from './document-checkpoint';
import { RoomDocument } from './room-document';

const STATE = buildDraftState([{ id: 'p-1', label: '1', kind: 'OP', runs: [{ insert: 'Urges States parties' }] }]);

function keystrokes(count: number): Uint8Array[] {
  const client = new Y.Doc();
  Y.applyUpdate(client, STATE);
  const updates: Uint8Array[] = [];
  client.on('update', (update: Uint8Array) => void updates.push(update));
  for (let index = 0; index < count; index++) textOf(client, 'p-1').insert(0, 'x');
  return updates;
}

describe('RoomDocument', () => {
  it('folds its checkpoint in the queue once the room has been quiet for a second, and restores the same text after', async () => {
    const queued: (() => void)[] = [];
    const document = new RoomDocument({
      loaded: { doc: null, state: STATE },
      onBuilt: () => undefined,
      onBuildFailed: (error) => {
        throw error;
      },
      runInQueue: (task) => void queued.push(task),
    });
    const doc = document.get();
    for (const update of keystrokes(FOLD_WHEN_QUIET)) {
      Y.applyUpdate(doc, update);
      document.record(update, false);
    }
    expect(document.updatesSinceFold).toBe(FOLD_WHEN_QUIET);
    // The fold waits for the queue: nothing is folded outside it.
    await waitFor(() => queued.length > 0, 'a fold is queued once the room is quiet', 5_000);
    expect(document.updatesSinceFold).toBe(FOLD_WHEN_QUIET);
    for (const task of queued.splice(0)) task();
    expect(document.updatesSinceFold).toBe(0);

    const text = textOf(doc, 'p-1').toString();
    expect(textOf(document.restore(), 'p-1').toString()).toBe(text);
    document.destroy();
  });
});
