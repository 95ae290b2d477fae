import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDraftState, getStatus } from '@/lib/negotiation/draft-doc';
import { MARKS } from '@/lib/negotiation/schema';
import { pick, seededRandom, type Rng } from '@/test-support/random';
import { FRA, KEN, mark, MEX, people, textOf } from '@/test-support/validation/test-draft';
import { walkWholeText } from '@/test-support/validation/whole-text-walk';
import { createCharacterRules, type CharacterRules } from './character-rules';
import { collectChangedItems } from './collect-changed-items';
import { locateChangedType } from './locate-changed-type';
import { createProposalLedger, type ProposalLedger } from './mark-ledger';
import type { ValidationActor } from './types';
import { walkChangedText } from './walk-changed-text';

/**
 * The walk judges only the stretch of a paragraph a transaction changed. On random concurrent
 * edits of long paragraphs with a long history (marks opened far from the edits, marks withdrawn
 * and overwritten, format items deleted outright, several changes in one transaction), its
 * verdict for every transaction and every kind of participant must be the verdict of a walk
 * over the whole text.
 */

const chairBracket = (id: string) => ({ id, by: people.chair.userId });
const fraMark = mark(FRA, people.france.userId);
const mexMark = mark(MEX, people.mexico.userId);

function words(rand: Rng, count: number): string {
  return Array.from({ length: count }, () => pick(rand, ['States ', 'shall ', 'further ', 'victims ', 'all ', 'the '])).join('');
}

function longDraft(rand: Rng): Uint8Array {
  return buildDraftState(
    ['p-a', 'p-b'].map((id, index) => ({
      id,
      label: `${index + 1}`,
      kind: 'OP' as const,
      runs: [
        { insert: 'Urges ' },
        { insert: words(rand, 20), attributes: { bracket: chairBracket(`b-${id}`), insertion: fraMark } },
        { insert: words(rand, 20) },
        { insert: words(rand, 5), attributes: { deletion: mexMark } },
        { insert: words(rand, 20), attributes: { bracket: chairBracket(`b-${id}-2`) } },
        { insert: words(rand, 20) },
      ],
    })),
  );
}

/** Every live format item of a text: deleting one outright is what a modified client could send. */
function formatItems(text: Y.XmlText): Y.Item[] {
  const items: Y.Item[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentFormat) items.push(item);
  }
  return items;
}

const ATTRIBUTES: Record<string, unknown>[] = [
  {},
  { insertion: fraMark },
  { insertion: mexMark },
  { insertion: fraMark, bracket: chairBracket('b-p-a') },
  { bracket: chairBracket('b-new') },
  { deletion: fraMark },
  { insertion: null },
  { deletion: null },
  { bracket: null },
  { [`${MARKS.deletion}--${KEN}`]: mark(KEN, people.observer.userId) },
];

/** One to three edits of one or both paragraphs, often near the ends. */
function randomEdit(doc: Y.Doc, rand: Rng): void {
  doc.transact(() => {
    const edits = 1 + Math.floor(rand() * 3);
    for (let done = 0; done < edits; done++) {
      const text = textOf(doc, pick(rand, ['p-a', 'p-b']));
      const spot = rand();
      const at = spot < 0.15 ? 0 : spot < 0.3 ? text.length : Math.floor(rand() * (text.length + 1));
      const span = Math.min(text.length - at, 1 + Math.floor(rand() * 12));
      const choice = rand();
      if (choice < 0.4) text.insert(at, pick(rand, ['a', 'the ', 'z']), pick(rand, ATTRIBUTES));
      else if (choice < 0.45) text.insert(at, 'x');
      else if (choice < 0.65 && span > 0) text.delete(at, span);
      else if (choice < 0.9 && span > 0) text.format(at, span, pick(rand, ATTRIBUTES));
      else {
        const formats = formatItems(text);
        if (formats.length > 0) doc.transact((transaction) => pick(rand, formats).delete(transaction));
      }
    }
  });
}

const ACTORS: ValidationActor[] = [people.france, people.mexico, people.chair, people.secretariat];

function rulesFor(actor: ValidationActor, status: ReturnType<typeof getStatus>, ledger: ProposalLedger): CharacterRules {
  return createCharacterRules(actor, status, { claims: ledger.startClaims(Date.now()), placedBrackets: new Set() });
}

interface Tally {
  transactions: number;
  refused: number;
  accepted: number;
}

/** Compares the two walks on every paragraph text a transaction of `judged` changes. */
function compareWalks(judged: Y.Doc, ledger: ProposalLedger, tally: Tally, seed: number): void {
  judged.on('afterTransaction', (transaction: Y.Transaction) => {
    const advanced = [...transaction.afterState.keys()];
    const changedItems = collectChangedItems({ transaction, advanced });
    for (const [type, keys] of transaction.changed) {
      const place = locateChangedType(type, keys);
      if (place.kind !== 'paragraphText') continue;
      tally.transactions += 1;
      for (const actor of ACTORS) {
        const status = getStatus(place.paragraph);
        const whole = rulesFor(actor, status, ledger);
        const region = rulesFor(actor, status, ledger);
        const expected = walkWholeText(place.text, transaction, whole);
        const items = changedItems.get(place.text) ?? new Set<Y.Item>();
        const actual = walkChangedText({ text: place.text, transaction, changedItems: items, rules: region });
        expect({ seed, actor: actor.userId, verdict: actual }).toEqual({ seed, actor: actor.userId, verdict: expected });
        expect([...region.placedBrackets]).toEqual([...whole.placedBrackets]);
        if (expected === null) tally.accepted += 1;
        else tally.refused += 1;
      }
    }
  });
}

/** `gc`: the room's document collects deleted content; without it, deleted format items keep their marks and must be passed over. */
function simulate(seed: number, steps: number, gc: boolean, tally: Tally): void {
  const rand = seededRandom(seed);
  const judged = new Y.Doc({ gc });
  Y.applyUpdate(judged, longDraft(rand));
  const ledger = createProposalLedger(judged);
  const editors = [0, 1, 2].map(() => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(judged));
    return { doc, inbox: [] as Uint8Array[] };
  });
  for (const editor of editors) {
    editor.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      Y.applyUpdate(judged, update, 'remote');
      for (const other of editors) if (other !== editor) other.inbox.push(update);
    });
  }
  compareWalks(judged, ledger, tally, seed);
  for (let step = 0; step < steps; step++) {
    const editor = pick(rand, editors);
    // Editors catch up at random moments, so their edits interleave with others' unseen ones.
    if (rand() < 0.3) for (const update of editor.inbox.splice(0)) Y.applyUpdate(editor.doc, update, 'remote');
    randomEdit(editor.doc, rand);
  }
}

describe('the walk over the changed stretch of a paragraph', () => {
  it('judges every transaction as a walk over the whole text does', () => {
    const tally: Tally = { transactions: 0, refused: 0, accepted: 0 };
    for (const seed of [11, 12, 13, 14]) simulate(seed, 300, seed % 2 === 0, tally);
    // Both verdicts, many times over, or the comparison proves little.
    expect(tally.transactions).toBeGreaterThan(1_000);
    expect(tally.refused).toBeGreaterThan(500);
    expect(tally.accepted).toBeGreaterThan(500);
  });
});
