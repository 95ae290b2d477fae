import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/test-support/random';
import { createTestRoom, FRA, mark, MEX, people, textOf, type TestRoom } from '@/test-support/validation/test-draft';
import type { ValidationResult } from './types';

/**
 * Edits far from where a paragraph's marks open, in a long paragraph with a long history. The
 * check judges only the stretch an update changed and carries the marks in force up to it, so
 * each case here would pass wrongly if a mark were lost on the way, or if the check stopped
 * before the marks stop differing.
 */

const P = 'p-long';
const bracket = { id: 'b-long', by: people.chair.userId };
const france = mark(FRA, people.france.userId);
const mexico = mark(MEX, people.mexico.userId);
const frenchBracketed = { insertion: france, bracket };

interface Run {
  insert: string;
  attributes?: Record<string, unknown>;
}

/** Start and end offsets of the first run whose attributes pass `test`. */
function runWhere(doc: Y.Doc, test: (attributes: Record<string, unknown>) => boolean): { start: number; end: number } {
  let start = 0;
  for (const run of textOf(doc, P).toDelta() as Run[]) {
    if (test(run.attributes ?? {})) return { start, end: start + run.insert.length };
    start += run.insert.length;
  }
  throw new Error('no such run');
}

const frenchRun = (doc: Y.Doc) => runWhere(doc, (attributes) => 'insertion' in attributes && 'bracket' in attributes);

/**
 * "Urges " + a French proposal in the chair's bracket + " and " + "all cases" Mexico proposes
 * to delete + a long plain tail; then France types and backspaces inside her proposal and the
 * chair edits the tail, a keystroke per update, so the text is many items and tombstones.
 */
function longParagraphRoom(): TestRoom {
  const room = createTestRoom([
    {
      id: P,
      label: '7',
      kind: 'OP',
      runs: [
        { insert: 'Urges ' },
        { insert: 'further measures to protect all victims of trafficking '.repeat(4), attributes: frenchBracketed },
        { insert: ' and ' },
        { insert: 'all cases', attributes: { deletion: mexico } },
        { insert: ' in the region'.repeat(12) },
      ],
    },
  ]);
  const rand = seededRandom(7);
  const delegate = room.join();
  const chair = room.join();
  for (let step = 0; step < 120; step++) {
    const sync = (doc: Y.Doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.main));
    sync(delegate);
    sync(chair);
    const text = textOf(delegate, P);
    const own = frenchRun(delegate);
    const at = own.start + 1 + Math.floor(rand() * (own.end - own.start - 2));
    const choice = rand();
    let result: ValidationResult;
    if (choice < 0.4) result = room.send(delegate, people.france, () => text.insert(at, 'x', frenchBracketed));
    else if (choice < 0.6) result = room.send(delegate, people.france, () => text.delete(at, 1));
    else {
      const plainFrom = textOf(chair, P).length - 150;
      const spot = plainFrom + Math.floor(rand() * 140);
      result = room.send(chair, people.chair, () => (choice < 0.85 ? textOf(chair, P).insert(spot, 'y', {}) : textOf(chair, P).delete(spot, 1)));
    }
    expect(result).toMatchObject({ ok: true });
  }
  return room;
}

function expectRefused(result: ValidationResult, pattern: RegExp): void {
  expect(result).toMatchObject({ ok: false, paragraphId: P });
  if (!result.ok) expect(result.reason).toMatch(pattern);
}

/** The live format item that opens the mark `key` with a value (not one that ends it). */
function openingFormat(doc: Y.Doc, key: string): Y.Item {
  for (let item = textOf(doc, P)._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentFormat && item.content.key === key && item.content.value !== null) return item;
  }
  throw new Error(`no format item for ${key}`);
}

describe('update validation in a long paragraph with a long history', () => {
  it('keeps a mark opened near the start in force far to its right', () => {
    const room = longParagraphRoom();
    const client = room.join();
    const far = frenchRun(client).end - 3;
    expectRefused(room.send(client, people.france, (doc) => textOf(doc, P).format(far, 2, { insertion: null })), /Only the chair can accept/);
    expectRefused(room.send(room.join(), people.mexico, (doc) => textOf(doc, P).format(far, 2, { bracket: null })), /Only the chair can put text in brackets/);
    // Typing there keeps the chair's bracket: allowed, because the bracket was already in force.
    expect(room.send(room.join(), people.france, (doc) => textOf(doc, P).insert(far, 'z', frenchBracketed))).toMatchObject({ ok: true });
  });

  it('judges the unchanged words right of a removed format item, up to where the marks agree again', () => {
    const room = longParagraphRoom();
    // A modified client deletes only the item that opens Mexico's deletion mark: the words after it lose the mark.
    const removeOpening = (key: string) => (doc: Y.Doc) => doc.transact((transaction) => openingFormat(doc, key).delete(transaction));
    expectRefused(room.send(room.join(), people.france, removeOpening('deletion')), /only withdraw your own delegation's proposals/);
    expectRefused(room.send(room.join(), people.france, removeOpening('bracket')), /Only the chair can put text in brackets/);
    expect(room.send(room.join(), people.mexico, removeOpening('deletion'))).toMatchObject({ ok: true });
  });

  it('judges a deletion from its first character, wherever the other changes are', () => {
    const room = longParagraphRoom();
    const client = room.join();
    const own = frenchRun(client);
    // From France's own words into the plain text after them, in one deletion.
    expectRefused(room.send(client, people.france, (doc) => textOf(doc, P).delete(own.end - 4, 8)), /propose its deletion/);
    // Her own words only, with her typing just right of them in the same update.
    const withdrawn = room.send(room.join(), people.france, (doc) =>
      doc.transact(() => {
        textOf(doc, P).delete(own.end - 12, 8);
        textOf(doc, P).insert(own.end - 12, 'new', frenchBracketed);
      }),
    );
    expect(withdrawn).toMatchObject({ ok: true });
  });

  it('judges changes at the very start and the very end of the text', () => {
    const room = longParagraphRoom();
    const bothEnds = (endAttributes: Record<string, unknown>) => (doc: Y.Doc) =>
      doc.transact(() => {
        const text = textOf(doc, P);
        text.insert(0, 'Also ', { insertion: france });
        text.insert(text.length, ' now', endAttributes);
      });
    expectRefused(room.send(room.join(), people.france, bothEnds({})), /must be marked as your delegation's proposal/);
    expectRefused(
      room.send(room.join(), people.mexico, (doc) => textOf(doc, P).delete(textOf(doc, P).length - 1, 1)),
      /propose its deletion/,
    );
    expect(room.send(room.join(), people.france, bothEnds({ insertion: france }))).toMatchObject({ ok: true });
    const chair = room.join();
    expect(
      room.send(chair, people.chair, (doc) =>
        doc.transact(() => {
          textOf(doc, P).delete(0, 1);
          textOf(doc, P).delete(textOf(doc, P).length - 1, 1);
        }),
      ),
    ).toMatchObject({ ok: true });
  });

  it('judges two changes far apart in one update, each with the marks in force there', () => {
    const room = longParagraphRoom();
    const twoChanges = (far: (text: Y.XmlText) => void) => (doc: Y.Doc) =>
      doc.transact(() => {
        const text = textOf(doc, P);
        text.insert(frenchRun(doc).start + 2, 'x', frenchBracketed);
        far(text);
      });
    expectRefused(room.send(room.join(), people.france, twoChanges((text) => text.delete(text.length - 20, 1))), /propose its deletion/);
    expectRefused(
      room.send(room.join(), people.france, twoChanges((text) => text.format(text.length - 20, 3, { bracket: { id: 'b-far', by: people.france.userId } }))),
      /Only the chair can put text in brackets/,
    );
    expect(room.send(room.join(), people.france, twoChanges((text) => text.format(text.length - 20, 3, { deletion: france })))).toMatchObject({ ok: true });
  });
});
