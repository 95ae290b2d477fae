import { describe, expect, it } from 'vitest';
import { createTestRoom, FRA, mark, MEX, offsetOf, people, textOf } from '@/test-support/validation/test-draft';

/**
 * y-prosemirror writes an edit as a plain string diff, then re-applies every mark over the
 * whole paragraph. When the typed character equals its neighbour, the new character lands on
 * the other side of the old one and the marks move across: the items differ from what was typed,
 * the visible text does not. These are honest edits and must be accepted; forgeries that look
 * alike must not.
 */
describe('update validation with y-prosemirror string diffs', () => {
  it('accepts a delegate typing "c" before "civil", written as an insert after the old "c"', () => {
    const room = createTestRoom();
    const client = room.join();
    const own = mark(FRA, people.france.userId, 'prop-typing');
    let at = 0;
    expect(
      room.send(client, people.france, (doc) => {
        at = offsetOf(doc, 'p-plain', 'the Protocol');
        textOf(doc, 'p-plain').insert(at, 'ab', { insertion: own });
      }),
    ).toMatchObject({ ok: true });
    // The user types "t" after "ab", just before the existing "t" of "the": the diff inserts
    // after that "t" without marks, then the marks are re-applied position by position.
    const result = room.send(client, people.france, (doc) => {
      const text = textOf(doc, 'p-plain');
      text.insert(at + 3, 't');
      text.format(at + 2, 1, { insertion: own });
      text.format(at + 3, 1, { insertion: null });
    });
    expect(result).toMatchObject({ ok: true });
    const visible = (textOf(room.main, 'p-plain').toDelta() as Array<{ insert: string }>).map((run) => run.insert).join('');
    expect(visible).toContain('abtthe Protocol');
  });

  it('accepts a delegate removing its own insertion next to an equal plain character', () => {
    const room = createTestRoom();
    const client = room.join();
    const own = mark(FRA, people.france.userId, 'prop-r');
    let at = 0;
    expect(
      room.send(client, people.france, (doc) => {
        at = offsetOf(doc, 'p-plain', 'the Protocol');
        textOf(doc, 'p-plain').insert(at, 't', { insertion: own });
      }),
    ).toMatchObject({ ok: true });
    // Removing the inserted "t" as a diff: the plain "t" after it is deleted, the marks shift back.
    const result = room.send(client, people.france, (doc) => {
      const text = textOf(doc, 'p-plain');
      text.delete(at + 1, 1);
      text.format(at, 1, { insertion: null });
    });
    expect(result).toMatchObject({ ok: true });
  });

  it("still refuses moving another delegation's insertion onto other words", () => {
    const room = createTestRoom();
    const mexico = room.join();
    let at = 0;
    expect(
      room.send(mexico, people.mexico, (doc) => {
        at = offsetOf(doc, 'p-plain', 'the Protocol');
        textOf(doc, 'p-plain').insert(at, 'new ', { insertion: mark(MEX, people.mexico.userId) });
      }),
    ).toMatchObject({ ok: true });
    const france = room.join();
    const result = room.send(france, people.france, (doc) => {
      const text = textOf(doc, 'p-plain');
      text.format(at, 4, { insertion: null });
      text.format(0, 4, { insertion: mark(MEX, people.mexico.userId) });
    });
    expect(result.ok).toBe(false);
  });

  it("refuses a delegate deleting another delegation's pending words and retyping them identically, even under its mark", () => {
    const room = createTestRoom();
    const before = JSON.stringify(textOf(room.main, 'p-open').toDelta());
    const result = room.send(room.join(), people.mexico, (doc) => {
      const text = textOf(doc, 'p-open');
      const at = offsetOf(doc, 'p-open', 'to strengthen');
      text.delete(at, 'to strengthen '.length);
      text.insert(at, 'to strengthen ', { insertion: mark(FRA, people.france.userId) });
    });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/only remove its own proposed insertions/) });
    expect(JSON.stringify(textOf(room.main, 'p-open').toDelta())).toBe(before);
  });

  it('refuses a delegate deleting base text and retyping it plain', () => {
    const room = createTestRoom();
    const result = room.send(room.join(), people.mexico, (doc) => {
      const text = textOf(doc, 'p-plain');
      text.delete(0, 'Recalling'.length);
      text.insert(0, 'Recalling');
    });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/propose its deletion/) });
  });

  it('refuses the same forgery hidden among honest words', () => {
    const room = createTestRoom();
    const result = room.send(room.join(), people.mexico, (doc) => {
      const text = textOf(doc, 'p-plain');
      text.delete(0, 'Recalling the'.length);
      text.insert(0, 'Recalling also the', {});
      text.format('Recalling '.length, 'also '.length, { insertion: mark(MEX, people.mexico.userId) });
    });
    expect(result).toMatchObject({ ok: false });
  });
});
