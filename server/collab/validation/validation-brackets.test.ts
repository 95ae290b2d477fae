import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDraftState, type NewParagraph } from '@/lib/negotiation/draft-doc';
import { englishOf } from '@/lib/i18n/server-sentences';
import { createTestRoom, FRA, mark, offsetOf, people, textOf, visibleState, type TestRoom } from '@/test-support/validation/test-draft';
import { createCharacterRules } from './character-rules';
import { judgeVisibleText } from './judge-visible-text';
import { createProposalLedger } from './mark-ledger';
import type { ValidationActor, ValidationResult } from './types';

/** Brackets carry an identity, and only the chair and the secretariat place or change them. */

const B1 = { id: 'b1', by: people.chair.userId };

function bracketedDraft(): NewParagraph[] {
  return [
    {
      id: 'p-b',
      label: '1',
      kind: 'OP',
      runs: [{ insert: 'Urges ' }, { insert: 'all States', attributes: { bracket: B1 } }, { insert: ' to act together' }],
    },
    { id: 'p-c', label: '2', kind: 'OP', runs: [{ insert: 'Decides to remain seized of the matter' }] },
  ];
}

function expectRefused(room: TestRoom, result: ValidationResult, pattern: RegExp): void {
  expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(pattern) });
  const stored = room.stored;
  expect(visibleState(stored)).toEqual(visibleState(room.main));
}

function attempt(actor: ValidationActor, edit: (doc: Y.Doc) => void): { room: TestRoom; result: ValidationResult } {
  const room = createTestRoom(bracketedDraft());
  const before = visibleState(room.main);
  const result = room.send(room.join(), actor, edit);
  if (!result.ok) expect(visibleState(room.main)).toEqual(before);
  return { room, result };
}

const bracketStart = (doc: Y.Doc): number => offsetOf(doc, 'p-b', 'all States');

/**
 * A bracket opened after the paragraph's last character, its closing and its one character
 * deleted in the same change: Yjs's own clean-up leaves the opening, which marks no text yet.
 */
function openOverNoText(doc: Y.Doc, paragraphId: string, bracket: object): void {
  doc.transact((transaction) => {
    const text = textOf(doc, paragraphId);
    text.insert(text.length, 'x', { bracket });
    for (let item = text._start; item !== null; item = item.right) {
      const added = item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
      const opening = item.content instanceof Y.ContentFormat && item.content.value !== null;
      if (added && !opening) item.delete(transaction);
    }
  });
}

/** The values of the live format items of a paragraph's text. */
function liveFormats(doc: Y.Doc, paragraphId: string): unknown[] {
  const values: unknown[] = [];
  for (let item = textOf(doc, paragraphId)._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentFormat) values.push(item.content.value);
  }
  return values;
}

describe('delegates cannot touch brackets', () => {
  it('refuses a delegate opening a bracket over no text at the end of a paragraph, to type into it later', () => {
    const opened = attempt(people.france, (doc) => openOverNoText(doc, 'p-c', { id: 'b-end', by: people.chair.userId }));
    expectRefused(opened.room, opened.result, /Only the chair can put text in brackets/);
    const ownName = attempt(people.france, (doc) => openOverNoText(doc, 'p-c', { id: 'b-end', by: people.france.userId }));
    expectRefused(ownName.room, ownName.result, /Only the chair can put text in brackets/);
  });

  it('refuses a delegate opening and closing a bracket over no text in the middle of a paragraph', () => {
    // Yjs's clean-up removes such a pair from the live document, but not from the stored update:
    // loaded again, typing between the two would take the bracket.
    const { room, result } = attempt(people.france, (doc) =>
      doc.transact((transaction) => {
        const text = textOf(doc, 'p-c');
        text.insert(8, 'x', { bracket: { id: 'b-mid', by: people.chair.userId } });
        // Only the character goes: deleting text through Yjs would also remove the two marks.
        for (let item = text._start; item !== null; item = item.right) {
          const added = item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
          if (added && item.content instanceof Y.ContentString) item.delete(transaction);
        }
      }),
    );
    expect(liveFormats(room.main, 'p-c')).toEqual([]);
    expectRefused(room, result, /Only the chair can put text in brackets/);
  });

  it('still lets a delegate\'s editor write the marks of a bracket again as they were', () => {
    const room = createTestRoom(bracketedDraft());
    // The editor rewrites a mark under a key of its own, with the unset attributes as null.
    const result = room.send(room.join(), people.france, (doc) =>
      textOf(doc, 'p-b').format(bracketStart(doc), 'all States'.length, { 'bracket--rewritten': { ...B1, note: null } }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(liveFormats(room.main, 'p-b')).toContainEqual({ ...B1, note: null });
  });

  it('refuses it also where the change is judged as the text reads (marks moved between equal characters)', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, buildDraftState(bracketedDraft()));
    const rules = createCharacterRules(people.france, 'open', { claims: createProposalLedger(doc).startClaims(Date.now()), placedBrackets: new Set() });
    const verdicts: ReturnType<typeof judgeVisibleText>[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === 'client') verdicts.push(judgeVisibleText(textOf(doc, 'p-c'), transaction, rules));
    });
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(client);
    openOverNoText(client, 'p-c', { id: 'b-end', by: people.chair.userId });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(client, before), 'client');
    const [verdict] = verdicts;
    expect(verdict && verdict !== 'unsupported' ? englishOf(verdict) : verdict).toMatch(/Only the chair can put text in brackets/);
  });

  it('refuses a delegate placing, lifting or extending a bracket', () => {
    const placed = attempt(people.france, (doc) => textOf(doc, 'p-c').format(0, 7, { bracket: { id: 'b-new', by: people.france.userId } }));
    expectRefused(placed.room, placed.result, /Only the chair can put text in brackets/);
    const lifted = attempt(people.france, (doc) => textOf(doc, 'p-b').format(bracketStart(doc), 3, { bracket: null }));
    expectRefused(lifted.room, lifted.result, /Only the chair can put text in brackets or lift them/);
    const extended = attempt(people.france, (doc) => textOf(doc, 'p-b').format(bracketStart(doc) + 10, 3, { bracket: B1 }));
    expectRefused(extended.room, extended.result, /Only the chair/);
  });

  it("refuses a delegate changing a bracket's attribution, note or spot", () => {
    for (const change of [{ delegation: FRA }, { note: 'France, supported by Mexico' }, { spot: 's1', form: 'adjacent' }]) {
      const { room, result } = attempt(people.france, (doc) =>
        textOf(doc, 'p-b').format(bracketStart(doc), 'all States'.length, { bracket: { ...B1, ...change } }),
      );
      expectRefused(room, result, /Only the chair/);
    }
  });

  it('still lets a delegate propose words inside a bracket, which keep it', () => {
    const { result } = attempt(people.france, (doc) =>
      textOf(doc, 'p-b').insert(bracketStart(doc) + 4, 'the ', { bracket: B1, insertion: mark(FRA, people.france.userId) }),
    );
    expect(result).toMatchObject({ ok: true });
  });
});

describe('brackets placed by the chair or the secretariat carry an identity', () => {
  it('refuses a new bracket without an id, with an empty or overlong id, or in someone else\'s name', () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ by: people.chair.userId }, /needs an id of its own/],
      [{ id: '', by: people.chair.userId }, /needs an id of its own/],
      [{ id: 'x'.repeat(101), by: people.chair.userId }, /needs an id of its own/],
      [{ id: 'b-new', by: people.secretariat.userId }, /Brackets must name the person who placed them/],
      [{ id: 'b-new', by: people.chair.userId, form: 'columns' }, /not understood/],
      [{ id: 'b-new', by: people.chair.userId, delegation: 'not-a-delegation' }, /delegation of this meeting or to the Chair/],
    ];
    for (const [bracket, pattern] of cases) {
      const { room, result } = attempt(people.chair, (doc) => textOf(doc, 'p-c').format(0, 7, { bracket }));
      expectRefused(room, result, pattern);
    }
  });

  it('refuses a new bracket reusing the id of a bracket elsewhere in the draft', () => {
    const other = attempt(people.chair, (doc) => textOf(doc, 'p-c').format(0, 7, { bracket: B1 }));
    expectRefused(other.room, other.result, /reuses the id of another bracket/);
    const apart = attempt(people.secretariat, (doc) => textOf(doc, 'p-b').format(offsetOf(doc, 'p-b', 'together'), 8, { bracket: { ...B1, by: people.secretariat.userId } }));
    expectRefused(apart.room, apart.result, /reuses the id of another bracket/);
    const chairApart = attempt(people.chair, (doc) => textOf(doc, 'p-b').format(offsetOf(doc, 'p-b', 'together'), 8, { bracket: B1 }));
    expectRefused(chairApart.room, chairApart.result, /reuses the id of another bracket/);
    const typed = attempt(people.chair, (doc) => textOf(doc, 'p-c').insert(0, 'Also ', { bracket: B1 }));
    expectRefused(typed.room, typed.result, /reuses the id of another bracket/);
  });

  it('holds the id of a bracket opened over no text at the end of a paragraph, once text is typed into it', () => {
    const QUIET = { id: 'b-quiet', by: people.chair.userId };
    const room = createTestRoom(bracketedDraft());
    const chair = room.join();
    const opened = room.send(chair, people.chair, (doc) => openOverNoText(doc, 'p-b', QUIET));
    expect(opened).toMatchObject({ ok: true });
    const opening = [...liveFormats(room.main, 'p-b')].filter((value) => (value as { id?: string } | null)?.id === QUIET.id);
    expect(opening).toHaveLength(1);
    // Already held, though it marks no text: text typed into it would take the mark.
    const early = room.send(room.join(), people.chair, (doc) => textOf(doc, 'p-c').format(0, 7, { bracket: QUIET }));
    expectRefused(room, early, /reuses the id of another bracket/);
    // Typing there with the bracket's mark, as typing inside any bracket does, is not placing it.
    const typed = room.send(chair, people.chair, (doc) => textOf(doc, 'p-b').insert(textOf(doc, 'p-b').length, ' in all cases', { bracket: QUIET }));
    expect(typed).toMatchObject({ ok: true });
    expect(textOf(room.main, 'p-b').toDelta().at(-1)).toMatchObject({ insert: ' in all cases', attributes: { bracket: QUIET } });
    // The id now names that passage: it is not placed a second time, in another paragraph or here.
    const elsewhere = room.send(chair, people.chair, (doc) => textOf(doc, 'p-c').format(0, 7, { bracket: QUIET }));
    expectRefused(room, elsewhere, /reuses the id of another bracket/);
    const here = room.send(room.join(), people.chair, (doc) => textOf(doc, 'p-b').format(0, 5, { bracket: QUIET }));
    expectRefused(room, here, /reuses the id of another bracket/);
  });

  it('accepts a new bracket written over the middle of another under the same mark, which Yjs splits', () => {
    const room = createTestRoom(bracketedDraft());
    const inner = { id: 'b-inner', by: people.chair.userId };
    // "all States": the new bracket over "l S"; Yjs re-opens b1 after it, so b1 now marks "al" and "tates".
    const result = room.send(room.join(), people.chair, (doc) => textOf(doc, 'p-b').format(bracketStart(doc) + 2, 3, { bracket: inner }));
    expect(result).toMatchObject({ ok: true });
    const marked = textOf(room.main, 'p-b')
      .toDelta()
      .filter((run: { attributes?: { bracket?: { id: string } } }) => run.attributes?.bracket)
      .map((run: { insert: string; attributes: { bracket: { id: string } } }) => `${run.insert}:${run.attributes.bracket.id}`);
    expect(marked).toEqual(['al:b1', 'l S:b-inner', 'tates:b1']);
  });

  it('refuses the chair opening a bracket over no text in someone else\'s name', () => {
    const room = createTestRoom(bracketedDraft());
    const opened = room.send(room.join(), people.chair, (doc) => openOverNoText(doc, 'p-c', { id: 'b-end', by: people.secretariat.userId }));
    expectRefused(room, opened, /bracket/i);
    expect(opened).toMatchObject({ ok: false, reason: expect.not.stringMatching(/reuses the id/) });
  });

  it('refuses opening a bracket over no text under the id of a bracket elsewhere in the draft', () => {
    const room = createTestRoom(bracketedDraft());
    const opened = room.send(room.join(), people.chair, (doc) => openOverNoText(doc, 'p-c', B1));
    expectRefused(room, opened, /reuses the id of another bracket/);
    expect(opened).toMatchObject({ paragraphId: 'p-c' });
  });

  it('frees the id of a lifted bracket for another paragraph, and holds it there once placed again', () => {
    const room = createTestRoom(bracketedDraft());
    const chair = room.join();
    const lift = room.send(chair, people.chair, (doc) => textOf(doc, 'p-b').format(bracketStart(doc), 'all States'.length, { bracket: null }));
    expect(lift).toMatchObject({ ok: true });
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-c').format(0, 7, { bracket: B1 }))).toMatchObject({ ok: true });
    const back = room.send(chair, people.chair, (doc) => textOf(doc, 'p-b').format(0, 5, { bracket: B1 }));
    expectRefused(room, back, /reuses the id of another bracket/);
    expect(back).toMatchObject({ paragraphId: 'p-b' });
  });

  it('refuses giving part of a bracket other attributes under the same id', () => {
    const { room, result } = attempt(people.chair, (doc) => textOf(doc, 'p-b').format(bracketStart(doc), 3, { bracket: { ...B1, note: 'Canada' } }));
    expectRefused(room, result, /reuses the id of another bracket/);
  });

  it('accepts extending a bracket over its neighbours, changing a whole bracket, and bracketing across its edge', () => {
    const extended = attempt(people.chair, (doc) => textOf(doc, 'p-b').format(bracketStart(doc) + 'all States'.length, ' to act'.length, { bracket: B1 }));
    expect(extended.result).toMatchObject({ ok: true });
    const noted = attempt(people.chair, (doc) =>
      textOf(doc, 'p-b').format(bracketStart(doc), 'all States'.length, { bracket: { ...B1, note: 'Canada', delegation: FRA } }),
    );
    expect(noted.result).toMatchObject({ ok: true });
    // y-tiptap keeps overlapping brackets apart under hashed keys: "[all [States] to act]".
    const across = attempt(people.chair, (doc) =>
      textOf(doc, 'p-b').format(bracketStart(doc) + 4, 'States to act'.length, { 'bracket--b2xyz123': { id: 'b2', by: people.chair.userId } }),
    );
    expect(across.result).toMatchObject({ ok: true });
    const room = createTestRoom(bracketedDraft());
    const chair = room.join();
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-c').format(0, 7, { bracket: { id: 'b3', by: people.chair.userId } }))).toMatchObject({ ok: true });
    expect(room.send(chair, people.chair, (doc) => textOf(doc, 'p-c').format(7, 3, { bracket: { id: 'b3', by: people.chair.userId } }))).toMatchObject({ ok: true });
  });
});
