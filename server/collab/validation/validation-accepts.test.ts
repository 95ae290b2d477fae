import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { getParagraph } from '@/lib/negotiation/draft-doc';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { createTestRoom, FRA, KEN, mark, MEX, offsetOf, people, textOf, visibleState, type TestRoom } from '@/test-support/validation/test-draft';

/** The honest paths: each is accepted, and main stays what the accepted updates make. */

function expectInStep(room: TestRoom): void {
  const stored = room.stored;
  expect(visibleState(stored)).toEqual(visibleState(room.main));
  expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(room.main));
}

describe('update validation accepts honest edits', () => {
  it('accepts a delegate inserting text under its own mark', () => {
    const room = createTestRoom();
    const result = room.send(room.join(), people.france, (doc) =>
      textOf(doc, 'p-plain').insert(9, 'also ', { insertion: mark(FRA, people.france.userId) }),
    );
    // The paragraph is named, so that a save failure afterwards can give the words back.
    expect(result).toEqual({ ok: true, paragraphIds: ['p-plain'] });
    expect(textOf(room.main, 'p-plain').toDelta()[1]).toEqual({ insert: 'also ', attributes: { insertion: mark(FRA, people.france.userId) } });
    expectInStep(room);
  });

  it('accepts a delegate proposing a deletion, then withdrawing it', () => {
    const room = createTestRoom();
    const client = room.join();
    expect(room.send(client, people.mexico, (doc) => textOf(doc, 'p-plain').format(0, 9, { deletion: mark(MEX, people.mexico.userId) }))).toMatchObject({ ok: true });
    expect(room.send(client, people.mexico, (doc) => textOf(doc, 'p-plain').format(0, 9, { deletion: null }))).toMatchObject({ ok: true });
    expect(textOf(room.main, 'p-plain').toDelta()).toEqual([{ insert: 'Recalling the Protocol to Prevent Trafficking' }]);
    expectInStep(room);
  });

  it("accepts a delegate withdrawing its own delegation's insertion and deletion mark, whoever typed them", () => {
    const room = createTestRoom();
    const client = room.join();
    const withdrawInsertion = room.send(client, people.franceColleague, (doc) =>
      textOf(doc, 'p-open').delete(offsetOf(doc, 'p-open', 'to strengthen'), 'to strengthen '.length),
    );
    expect(withdrawInsertion).toMatchObject({ ok: true });
    const mexico = room.join();
    const withdrawDeletion = room.send(mexico, people.mexico, (doc) =>
      textOf(doc, 'p-open').format(offsetOf(doc, 'p-open', 'cooperation'), 11, { deletion: null }),
    );
    expect(withdrawDeletion).toMatchObject({ ok: true });
    expect(textOf(room.main, 'p-open').toDelta()[0]).toEqual({ insert: 'Urges States parties cooperation in ' });
    expectInStep(room);
  });

  it('accepts the chair editing clean text: typing plain words, removing any words', () => {
    const room = createTestRoom();
    const chair = room.join();
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-open').insert(0, 'Strongly ', {}))).toMatchObject({ ok: true });
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-open').delete(offsetOf(doc, 'p-open', 'to strengthen'), 20))).toMatchObject({ ok: true });
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-parked').insert(0, 'Warmly ', {}))).toMatchObject({ ok: true });
    const both = room.send(chair, people.chair, (doc) =>
      doc.transact(() => {
        textOf(doc, 'p-open').insert(0, 'Also ', {});
        textOf(doc, 'p-parked').insert(0, 'Also ', {});
      }),
    );
    expect(both.ok && [...(both.paragraphIds ?? [])].sort()).toEqual(['p-open', 'p-parked']);
    expectInStep(room);
  });

  it('accepts chair compromise text, brackets, and typing inside existing brackets', () => {
    const room = createTestRoom();
    const chair = room.join();
    const compromise = mark(CHAIR_DELEGATION, people.chair.userId);
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-plain').insert(0, 'Further ', { insertion: compromise }))).toMatchObject({ ok: true });
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-plain').format(8, 9, { bracket: { id: 'b-compromise', by: people.chair.userId } }))).toMatchObject({ ok: true });
    // The secretariat types inside the chair's bracket: the new words keep the chair's bracket.
    const inside = offsetOf(room.main, 'p-open', 'cases');
    const secretariat = room.join();
    expect(
      room.send(secretariat, people.secretariat, (doc) => textOf(doc, 'p-open').insert(inside, 'such ', { bracket: { by: people.chair.userId } })),
    ).toMatchObject({ ok: true });
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-plain').format(8, 9, { bracket: null }))).toMatchObject({ ok: true });
    expectInStep(room);
  });

  it('accepts the secretariat proposing on behalf of a delegation of the meeting, under its own name', () => {
    const room = createTestRoom();
    const result = room.send(room.join(), people.secretariat, (doc) => {
      textOf(doc, 'p-plain').insert(0, 'Also ', { insertion: mark(KEN, people.secretariat.userId) });
      textOf(doc, 'p-plain').format(5, 9, { deletion: mark(MEX, people.secretariat.userId) });
    });
    expect(result).toMatchObject({ ok: true });
    expectInStep(room);
  });

  it('refuses the secretariat naming an unknown delegation or another author, and the chair forging a delegation', () => {
    const room = createTestRoom();
    const unknown = room.send(room.join(), people.secretariat, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'x', { insertion: mark('not-a-delegation', people.secretariat.userId) }),
    );
    expect(unknown).toMatchObject({ ok: false, reason: expect.stringMatching(/not a delegation of this meeting/) });
    const author = room.send(room.join(), people.secretariat, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'x', { insertion: mark(KEN, people.observer.userId) }),
    );
    expect(author).toMatchObject({ ok: false, reason: expect.stringMatching(/real author/) });
    const forged = room.send(room.join(), people.chair, (doc) =>
      textOf(doc, 'p-plain').insert(0, 'x', { insertion: mark(FRA, people.chair.userId) }),
    );
    expect(forged).toMatchObject({ ok: false, reason: expect.stringMatching(/attributed to the Chair/) });
    const bracket = room.send(room.join(), people.chair, (doc) => textOf(doc, 'p-plain').format(0, 3, { bracket: { id: 'b-forged', by: people.france.userId } }));
    expect(bracket).toMatchObject({ ok: false, reason: expect.stringMatching(/Brackets must name/) });
  });
});

describe('update validation in the races of a live room', () => {
  it('refuses a delegate typing while the chair marks the paragraph agreed, and tells them why', () => {
    const room = createTestRoom();
    const france = room.join();
    room.serverChange((doc) => getParagraph(doc, 'p-open')?.set('status', 'agreed'));
    const result = room.send(france, people.france, (doc) =>
      textOf(doc, 'p-open').insert(0, 'Also ', { insertion: mark(FRA, people.france.userId) }),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'Paragraph 1 was agreed while you were typing; your last change was not applied.',
      sentence: { key: 'server.refused.paragraphAgreed', params: { label: '1' } },
      paragraphId: 'p-open',
    });
    expectInStep(room);
  });

  it("judges a delegate's late keystrokes inside its insertion after the chair accepted it by their integrated marks", () => {
    const room = createTestRoom();
    const france = room.join();
    const start = offsetOf(room.main, 'p-open', 'to strengthen');
    // The chair accepts France's insertion: the server lifts the mark (a command).
    room.serverChange((doc) => textOf(doc, 'p-open').format(start, 'to strengthen '.length, { insertion: null }));
    // France, not yet aware, keeps typing inside its insertion; y-tiptap inherits the neighbours' marks.
    const result = room.send(france, people.france, (doc) => textOf(doc, 'p-open').insert(start + 3, 'further '));
    // Integrated on the server, the words sit in accepted, unmarked text: refused, not smuggled in.
    expect(result).toMatchObject({ ok: false, paragraphId: 'p-open' });
    expect(offsetOf(room.main, 'p-open', 'to strengthen')).toBe(start);
    expectInStep(room);
  });

  it("accepts y-tiptap rewriting a paragraph's marks under hashed keys with unset attributes as null", () => {
    // What the editor writes when a delegate edits a paragraph holding a bracket and another
    // delegation's deletion: every mark re-stored under a hashed key, unset attributes as null.
    const room = createTestRoom();
    const client = room.join();
    const rewrite = room.send(client, people.france, (doc) => {
      const text = textOf(doc, 'p-open');
      const cooperation = offsetOf(doc, 'p-open', 'cooperation');
      const cases = offsetOf(doc, 'p-open', 'all cases');
      text.format(cooperation, 'cooperation'.length, { deletion: null, 'deletion--Ab12Cd34': mark(MEX, people.mexico.userId) });
      const bracket = { id: null, by: people.chair.userId, spot: null, form: null, option: null, noText: null, delegation: null, note: null };
      text.format(cases, 'all cases'.length, { bracket: null, 'bracket--Zx98Yw76': bracket });
      text.insert(cases + 'all '.length, 'such ', { 'bracket--Zx98Yw76': bracket, insertion: mark(FRA, people.france.userId, 'prop-such') });
    });
    expect(rewrite).toMatchObject({ ok: true });
    expectInStep(room);
  });
});
