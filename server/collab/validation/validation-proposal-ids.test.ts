import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { getParagraph, getProposals } from '@/lib/negotiation/draft-doc';
import { PARAGRAPH_KEYS } from '@/lib/negotiation/schema';
import { createUpdateValidator } from './create-update-validator';
import { createTestRoom, FRA, KEN, mark, MEX, offsetOf, people, textOf, visibleState, type TestRoom } from '@/test-support/validation/test-draft';
import type { ValidationResult } from './types';

/** A proposal id belongs to the delegation and author that created it; new ones are stamped now. */

const FRENCH_ID = mark(FRA, people.france.userId).proposal;
const minutes = (count: number): number => count * 60_000;

function expectRefused(room: TestRoom, result: ValidationResult, pattern: RegExp): void {
  expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(pattern) });
  const stored = room.stored;
  expect(visibleState(stored)).toEqual(visibleState(room.main));
}

describe('proposal ids belong to whoever created them', () => {
  it("refuses a delegate writing under another delegation's proposal id", () => {
    const room = createTestRoom();
    const before = visibleState(room.main);
    const result = room.send(room.join(), people.mexico, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: { ...mark(MEX, people.mexico.userId), proposal: FRENCH_ID } }),
    );
    expectRefused(room, result, /reuses the id of another delegation's or another person's proposal/);
    expect(visibleState(room.main)).toEqual(before);
  });

  it("refuses a colleague of the same delegation writing under another author's proposal id", () => {
    const room = createTestRoom();
    const result = room.send(room.join(), people.franceColleague, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: { ...mark(FRA, people.franceColleague.userId), proposal: FRENCH_ID } }),
    );
    expectRefused(room, result, /reuses the id/);
  });

  it("refuses a deletion mark under another delegation's proposal id", () => {
    const room = createTestRoom();
    const result = room.send(room.join(), people.mexico, (doc) =>
      textOf(doc, 'p-plain').format(0, 9, { deletion: { ...mark(MEX, people.mexico.userId), proposal: FRENCH_ID } }),
    );
    expectRefused(room, result, /reuses the id/);
  });

  it("refuses reusing the id of a paragraph-level proposal, and of a proposal already decided", () => {
    const room = createTestRoom();
    room.serverChange((doc) => {
      getParagraph(doc, 'p-plain')?.set(PARAGRAPH_KEYS.deletionProposal, mark(MEX, people.mexico.userId, 'paragraph-deletion'));
      // The chair accepts France's insertion: the mark is gone, the id is still France's.
      textOf(doc, 'p-open').format(offsetOf(doc, 'p-open', 'to strengthen'), 'to strengthen '.length, { insertion: null });
    });
    const paragraphLevel = room.send(room.join(), people.france, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: { ...mark(FRA, people.france.userId), proposal: 'paragraph-deletion' } }),
    );
    expectRefused(room, paragraphLevel, /reuses the id/);
    const decided = room.send(room.join(), people.secretariat, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: { ...mark(KEN, people.secretariat.userId), proposal: FRENCH_ID } }),
    );
    expectRefused(room, decided, /reuses the id/);
  });

  it('refuses reusing the id of a proposal known only by its recorded support, as a reloaded room finds it', () => {
    const { main } = createTestRoom();
    const entry = new Y.Map<unknown>();
    getProposals(main).set('withdrawn-by-typing', entry);
    entry.set('positions', new Y.Map<string>());
    // The room is loaded again: the validator starts from the stored document.
    const validator = createUpdateValidator(main);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(main));
    const before = Y.encodeStateVector(client);
    textOf(client, 'p-plain').insert(0, 'Also ', { insertion: mark(MEX, people.mexico.userId, 'withdrawn-by-typing') });
    const result = validator.check(Y.encodeStateAsUpdate(client, before), people.mexico);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/reuses the id/) });
  });

  it('refuses one update giving a new id to two delegations', () => {
    const room = createTestRoom();
    const result = room.send(room.join(), people.secretariat, (doc) => {
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: mark(KEN, people.secretariat.userId, 'shared') });
      textOf(doc, 'p-plain').insert(0, 'Further ', { insertion: mark(MEX, people.secretariat.userId, 'shared') });
    });
    expectRefused(room, result, /reuses the id/);
  });

  it('accepts a delegation extending its own proposal, and a new id once the first update binds it', () => {
    const room = createTestRoom();
    const france = room.join();
    const start = offsetOf(france, 'p-open', 'to strengthen');
    expect(room.send(france, people.france, (doc) => textOf(doc, 'p-open').insert(start + 3, 'further ', { insertion: mark(FRA, people.france.userId) }))).toMatchObject({
      ok: true,
    });
    const fresh = mark(MEX, people.mexico.userId, 'mexico-new');
    const mexico = room.join();
    expect(room.send(mexico, people.mexico, (doc) => textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: fresh }))).toMatchObject({ ok: true });
    expect(room.send(mexico, people.mexico, (doc) => textOf(doc, 'p-plain').insert(5, 'and ', { insertion: fresh }))).toMatchObject({ ok: true });
    const stolen = room.send(room.join(), people.france, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Not ', { insertion: { ...mark(FRA, people.france.userId), proposal: 'mexico-new' } }),
    );
    expectRefused(room, stolen, /reuses the id/);
  });
});

describe('new proposals are stamped with the time they are made', () => {
  const clock = { now: Date.parse('2026-06-29T10:00:00.000Z') };
  const roomAt = (): TestRoom => createTestRoom(undefined, { now: () => clock.now });

  it('refuses a backdated or a future proposal, and accepts one within five minutes', () => {
    const room = roomAt();
    const stamped = (offset: number, proposal: string) => ({
      insertion: { ...mark(FRA, people.france.userId, proposal), at: new Date(clock.now + offset).toISOString() },
    });
    const backdated = room.send(room.join(), people.france, (doc) => textOf(doc, 'p-plain').insert(0, 'Also ', stamped(-minutes(60), 'old')));
    expectRefused(room, backdated, /time stamp is more than five minutes away from the server's clock/);
    const future = room.send(room.join(), people.france, (doc) => textOf(doc, 'p-plain').insert(0, 'Also ', stamped(minutes(6), 'late')));
    expectRefused(room, future, /five minutes away/);
    const garbage = room.send(room.join(), people.france, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: { ...mark(FRA, people.france.userId, 'nonsense'), at: 'yesterday' } }),
    );
    expectRefused(room, garbage, /not a date/);
    expect(room.send(room.join(), people.france, (doc) => textOf(doc, 'p-plain').insert(0, 'Also ', stamped(-minutes(4), 'fresh')))).toMatchObject({ ok: true });
  });

  it('accepts proposals typed offline, stamped as early as the sender left, and no earlier', () => {
    const room = roomAt();
    const leftAt = clock.now - minutes(45);
    const typed = (offset: number, proposal: string): Uint8Array => {
      const doc = room.join();
      const before = Y.encodeStateVector(doc);
      const at = new Date(leftAt + offset).toISOString();
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: { ...mark(FRA, people.france.userId, proposal), at } });
      return Y.encodeStateAsUpdate(doc, before);
    };
    const offline = typed(minutes(10), 'offline');
    expect(room.sendUpdate(offline, people.france, { offlineSince: leftAt })).toMatchObject({ ok: true });
    expect(room.sendUpdate(typed(-minutes(10), 'before-leaving'), people.france, { offlineSince: leftAt })).toMatchObject({ ok: false });
    expect(room.sendUpdate(typed(minutes(10), 'no-departure-seen'), people.france)).toMatchObject({ ok: false, reason: expect.stringMatching(/five minutes/) });
  });

  it("accepts typing more into one's own old proposal, which keeps its first time stamp", () => {
    const old = { ...mark(FRA, people.france.userId, 'old-proposal'), at: '2022-06-29T10:00:00.000Z' };
    const room = createTestRoom([{ id: 'p', label: '1', kind: 'OP', runs: [{ insert: 'Urges ' }, { insert: 'all ', attributes: { insertion: old } }] }], {
      now: () => clock.now,
    });
    expect(room.send(room.join(), people.france, (doc) => textOf(doc, 'p').insert(8, 'the ', { insertion: old }))).toMatchObject({ ok: true });
  });
});
