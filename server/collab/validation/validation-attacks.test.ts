import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { getOrder, getParagraph, getProposals, getRoom } from '@/lib/negotiation/draft-doc';
import { createTestRoom, FRA, KEN, mark, MEX, offsetOf, people, textOf, visibleState, type TestRoom } from '@/test-support/validation/test-draft';
import type { ValidationActor, ValidationResult } from './types';

/** One test per attack a modified client could send: each is refused, and the room's document is untouched. */

function expectRefused(room: TestRoom, result: ValidationResult, pattern: RegExp, paragraphId?: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toMatch(pattern);
  if (paragraphId !== undefined) expect(result.paragraphId).toBe(paragraphId);
  const stored = room.stored;
  expect(visibleState(stored)).toEqual(visibleState(room.main));
}

function attack(actor: ValidationActor, edit: (doc: Y.Doc) => void): { room: TestRoom; result: ValidationResult; before: unknown } {
  const room = createTestRoom();
  const before = visibleState(room.main);
  const result = room.send(room.join(), actor, edit);
  expect(visibleState(room.main)).toEqual(before);
  return { room, result, before };
}

describe('update validation refuses tampering', () => {
  it("refuses a delegate deleting another delegation's insertion", () => {
    const { room, result } = attack(people.mexico, (doc) => textOf(doc, 'p-open').delete(offsetOf(doc, 'p-open', 'to strengthen'), 3));
    expectRefused(room, result, /only remove its own proposed insertions/, 'p-open');
  });

  it('refuses a delegate removing plain text', () => {
    const { room, result } = attack(people.france, (doc) => textOf(doc, 'p-plain').delete(0, 10));
    expectRefused(room, result, /Paragraph PP1: .*propose its deletion/, 'p-plain');
  });

  it('refuses a delegate inserting text with no mark', () => {
    const { room, result } = attack(people.france, (doc) => textOf(doc, 'p-plain').insert(0, 'Also ', {}));
    expectRefused(room, result, /must be marked as your delegation's proposal/, 'p-plain');
  });

  it("refuses a delegate inserting text under another delegation's mark", () => {
    const { room, result } = attack(people.france, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: mark(MEX, people.france.userId) }),
    );
    expectRefused(room, result, /only make proposals for your own delegation/, 'p-plain');
  });

  it("refuses a delegate inserting text under another user's id", () => {
    const { room, result } = attack(people.france, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: mark(FRA, people.franceColleague.userId) }),
    );
    expectRefused(room, result, /real author/, 'p-plain');
  });

  it("refuses a delegate removing another delegation's deletion mark", () => {
    const { room, result } = attack(people.france, (doc) =>
      textOf(doc, 'p-open').format(offsetOf(doc, 'p-open', 'cooperation'), 11, { deletion: null }),
    );
    expectRefused(room, result, /withdraw your own delegation's proposals/, 'p-open');
  });

  it("refuses a delegate proposing a deletion in another delegation's name", () => {
    const { room, result } = attack(people.france, (doc) =>
      textOf(doc, 'p-plain').format(0, 9, { deletion: mark(KEN, people.france.userId) }),
    );
    expectRefused(room, result, /own delegation/, 'p-plain');
  });

  it('refuses a delegate bracketing text or adding other formatting', () => {
    const bracket = attack(people.france, (doc) => textOf(doc, 'p-plain').format(0, 9, { bracket: { by: people.france.userId } }));
    expectRefused(bracket.room, bracket.result, /Only the chair can put text in brackets/, 'p-plain');
    const bold = attack(people.france, (doc) => textOf(doc, 'p-plain').format(0, 9, { bold: true }));
    expectRefused(bold.room, bold.result, /Only proposals and brackets/, 'p-plain');
  });

  it('refuses the chair editing an agreed paragraph, naming the paragraph', () => {
    const { room, result } = attack(people.chair, (doc) => textOf(doc, 'p-agreed').insert(0, 'Further ', {}));
    expectRefused(room, result, /^Paragraph 2 was agreed while you were typing; your last change was not applied\.$/, 'p-agreed');
  });

  it('refuses any edit of a deleted paragraph and a delegate proposing in a parked one', () => {
    const deleted = attack(people.secretariat, (doc) => textOf(doc, 'p-deleted').delete(0, 3));
    expectRefused(deleted.room, deleted.result, /Paragraph 4 was deleted/, 'p-deleted');
    const parked = attack(people.france, (doc) =>
      textOf(doc, 'p-parked').insert(0, 'Also ', { insertion: mark(FRA, people.france.userId) }),
    );
    expectRefused(parked.room, parked.result, /Paragraph 3 is parked/, 'p-parked');
  });

  it("refuses a delegate changing a paragraph's status", () => {
    const { room, result } = attack(people.france, (doc) => getParagraph(doc, 'p-open')?.set('status', 'agreed'));
    expectRefused(room, result, /Only the chair can change the status of paragraph 1/, 'p-open');
  });

  it("refuses a delegate changing a paragraph's label", () => {
    const { room, result } = attack(people.france, (doc) => getParagraph(doc, 'p-open')?.set('label', '1 bis'));
    expectRefused(room, result, /Only the chair can change the number of paragraph 1/, 'p-open');
  });

  it('refuses a delegate changing the order', () => {
    const { room, result } = attack(people.france, (doc) => {
      const order = getOrder(doc);
      const first = order.get(0);
      order.delete(0, 1);
      order.push([first]);
    });
    expectRefused(room, result, /Only the chair can change the order of the paragraphs/);
  });

  it('refuses the chair changing a status by editing instead of a command', () => {
    const { room, result } = attack(people.chair, (doc) => getParagraph(doc, 'p-agreed')?.set('status', 'open'));
    expectRefused(room, result, /changed with the chair's controls/, 'p-agreed');
  });

  it('refuses setting a position in the proposals map', () => {
    const { room, result } = attack(people.france, (doc) => {
      const proposal = new Y.Map<unknown>();
      getProposals(doc).set('prop-x', proposal);
      const positions = new Y.Map<string>();
      proposal.set('positions', positions);
      positions.set(MEX, 'support');
    });
    expectRefused(room, result, /position buttons/);
  });

  it('refuses moving the room focus and writing a new top-level type', () => {
    const focus = attack(people.france, (doc) => getRoom(doc).set('focus', 'p-plain'));
    expectRefused(focus.room, focus.result, /Only the chair can change the paragraph the room is looking at/);
    const stray = attack(people.chair, (doc) => doc.getMap('notes').set('x', 1));
    expectRefused(stray.room, stray.result, /no one edits directly/);
  });

  it('refuses writes by observers and viewers, but not their empty sync messages', () => {
    for (const actor of [people.observer, people.viewer]) {
      const write = attack(actor, (doc) => textOf(doc, 'p-plain').insert(0, 'x', { insertion: mark(KEN, actor.userId) }));
      expectRefused(write.room, write.result, /Observers and viewers cannot change the draft/);
      const quiet = attack(actor, () => undefined);
      expect(quiet.result).toMatchObject({ ok: true });
    }
  });

  it('refuses an update to a paragraph id that does not exist', () => {
    const { room, result } = attack(people.france, (doc) => {
      const ghost = new Y.Map<unknown>();
      doc.getMap('paragraphs').set('p-ghost', ghost);
      ghost.set('status', 'open');
    });
    expectRefused(room, result, /Paragraph p-ghost does not exist/, 'p-ghost');
  });

  it('refuses changing the structure around the text', () => {
    const { room, result } = attack(people.chair, (doc) => textOf(doc, 'p-plain').setAttribute('class', 'x'));
    expectRefused(room, result, /Only the words of paragraph PP1 can be edited/, 'p-plain');
    const element = attack(people.chair, (doc) => {
      const block = textOf(doc, 'p-plain').parent as Y.XmlElement;
      block.insert(1, [new Y.XmlText('second')]);
    });
    expectRefused(element.room, element.result, /Only the words of paragraph PP1/, 'p-plain');
  });
});

describe('update validation refuses forged history', () => {
  it("refuses a struct waiting for a future clock of another client, which would later pass as that client's edit", () => {
    const room = createTestRoom();
    const honest = room.join();
    const attacker = room.join();
    const honestBefore = Y.encodeStateVector(honest);
    textOf(honest, 'p-plain').insert(0, 'Noting ', { insertion: mark(FRA, people.france.userId) });
    const honestUpdate = Y.encodeStateAsUpdate(honest, honestBefore);
    // The attacker sees France's unsent keystrokes (e.g. over awareness) and types after them.
    Y.applyUpdate(attacker, honestUpdate);
    const attackerBefore = Y.encodeStateVector(attacker);
    textOf(attacker, 'p-plain').insert(7, 'not ', {});
    const forged = Y.encodeStateAsUpdate(attacker, attackerBefore);

    const before = visibleState(room.main);
    expectRefused(room, room.sendUpdate(forged, people.mexico), /has not seen/);
    expect(visibleState(room.main)).toEqual(before);
    // France's real update arrives: it is accepted, and the forged words are nowhere.
    expect(room.sendUpdate(honestUpdate, people.france)).toMatchObject({ ok: true });
    expect(offsetOf(room.main, 'p-plain', 'Noting Recalling')).toBe(0);
  });

  it("refuses reusing another user's client id, and a refused update binds nothing", () => {
    const room = createTestRoom();
    const sharedId = 424242;
    const france = room.join(sharedId);
    const mexicoRefused = room.send(room.join(sharedId), people.mexico, (doc) => textOf(doc, 'p-plain').insert(0, 'x', {}));
    expect(mexicoRefused.ok).toBe(false);
    const accepted = room.send(france, people.france, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Noting ', { insertion: mark(FRA, people.france.userId) }),
    );
    expect(accepted).toMatchObject({ ok: true });
    const hijacker = room.join(sharedId);
    const hijack = room.send(hijacker, people.mexico, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: mark(MEX, people.mexico.userId) }),
    );
    expectRefused(room, hijack, /another participant's editing session/);
  });

  it("refuses writing under the server's own client id", () => {
    const room = createTestRoom();
    const result = room.send(room.join(room.main.clientID), people.chair, (doc) => textOf(doc, 'p-plain').insert(0, 'x', {}));
    expectRefused(room, result, /another participant's editing session/);
  });

  it('refuses bytes that are not a Yjs update', () => {
    const room = createTestRoom();
    expectRefused(room, room.sendUpdate(new Uint8Array([9, 9, 9, 9, 9]), people.chair), /could not be read/);
  });
});
