import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { craftStructRun as run, STRUCT } from '@/test-support/collab/crafted-updates';
import { updateChangesDoc } from '../update-changes-doc';
import { MAX_CLOCK_ADVANCE } from './check-transaction';
import { createTestRoom, FRA, mark, MEX, people, textOf, visibleState } from '@/test-support/validation/test-draft';

/** Updates that show nothing but grow the document (or bind a client id) are refused. */

/** The id of the last character of a paragraph's text. */
function lastCharacter(doc: Y.Doc, paragraphId: string): Y.ID {
  let last: Y.Item | null = null;
  for (let item = textOf(doc, paragraphId)._start; item !== null; item = item.right) if (item.content instanceof Y.ContentString) last = item;
  if (!last) throw new Error('no text');
  return Y.createID(last.id.client, last.id.clock + last.length - 1);
}

describe('updates that change nothing visible', () => {
  it('refuses a garbage-collected run of 2^40 clocks under a new client id, and binds nothing', () => {
    const room = createTestRoom();
    const before = visibleState(room.main);
    const result = room.sendUpdate(run(777, STRUCT.gc, 2 ** 40), people.france);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/claims far more edits than it contains/) });
    const small = room.sendUpdate(run(778, STRUCT.gc, 5), people.france);
    expect(small).toMatchObject({ ok: false, reason: expect.stringMatching(/adds nothing to the text of the draft/) });
    expect(visibleState(room.main)).toEqual(before);
    expect(Y.decodeStateVector(Y.encodeStateVector(room.main)).has(777)).toBe(false);
    // Neither id was bound to France: Mexico may still write with it.
    const mexico = room.join(777);
    expect(room.send(mexico, people.mexico, (doc) => textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: mark(MEX, people.mexico.userId) }))).toMatchObject({ ok: true });
  });

  it('ignores a skip run, which the room does not even judge', () => {
    const room = createTestRoom();
    expect(updateChangesDoc(room.main, run(779, STRUCT.skip, 2 ** 40))).toBe(false);
  });

  it('refuses a deleted run of absurd length inside a paragraph', () => {
    const room = createTestRoom();
    const result = room.sendUpdate(run(780, STRUCT.deletedAfterOrigin, MAX_CLOCK_ADVANCE + 1, lastCharacter(room.main, 'p-plain')), people.chair);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/claims far more edits/) });
  });

  it('accepts text a delegate typed and deleted offline, sent with its deletions', () => {
    const room = createTestRoom();
    const france = room.join();
    const result = room.send(france, people.france, (doc) => {
      const own = mark(FRA, people.france.userId);
      textOf(doc, 'p-plain').insert(0, 'Perhaps ', { insertion: own });
      textOf(doc, 'p-plain').delete(0, 'Perhaps '.length);
    });
    expect(result).toMatchObject({ ok: true });
  });
});
