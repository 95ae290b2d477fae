import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { textOf, visibleState } from '@/test-support/validation/test-draft';
import { DocumentCheckpoint } from './document-checkpoint';

const PARAGRAPH = 'p-1';
const stored = () => buildDraftState([{ id: PARAGRAPH, label: '1', kind: 'OP', runs: [{ insert: 'Urges States parties' }] }]);

function loaded(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** Types `words` at the start of the paragraph and returns the update. */
function type(doc: Y.Doc, words: string): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array): void => void updates.push(update);
  doc.on('update', collect);
  textOf(doc, PARAGRAPH).insert(0, words);
  doc.off('update', collect);
  const [update] = updates;
  if (!update) throw new Error('no update');
  return update;
}

describe('DocumentCheckpoint', () => {
  it('restores the stored state with every recorded update, without one applied but never recorded', () => {
    const state = stored();
    const doc = loaded(state);
    const checkpoint = new DocumentCheckpoint(state);
    const also = type(doc, 'Also ');
    checkpoint.record(also);
    // Another client's update, judged on the document and then refused (or never stored).
    Y.applyUpdate(doc, type(loaded(state), 'UNSTORED '));
    // Meanwhile, one stored elsewhere (another instance's), which never saw the refused one.
    const elsewhere = loaded(state);
    Y.applyUpdate(elsewhere, also);
    const further = type(elsewhere, 'Further ');
    Y.applyUpdate(doc, further);
    checkpoint.record(further);

    const restored = checkpoint.restore(doc.clientID);
    expect(textOf(doc, PARAGRAPH).toString()).toContain('UNSTORED');
    expect(textOf(restored, PARAGRAPH).toString()).toBe('Further Also Urges States parties');
    expect(restored.clientID).toBe(doc.clientID);
  });

  it('captures a document loaded without its stored bytes when first asked, and keeps what came before', () => {
    const doc = loaded(stored());
    const checkpoint = new DocumentCheckpoint(null);
    // Before any capture, the document itself is the stored state: nothing needs keeping.
    checkpoint.record(type(doc, 'Also '));
    expect(checkpoint.pendingUpdates).toBe(0);
    checkpoint.capture(doc);
    type(doc, 'REFUSED ');
    expect(textOf(checkpoint.restore(1), PARAGRAPH).toString()).toBe('Also Urges States parties');
  });

  it('folds only past the given count, and restores the same document after folding', () => {
    const state = stored();
    const doc = loaded(state);
    const checkpoint = new DocumentCheckpoint(state);
    const expected = loaded(state);
    const recordType = (words: string): void => {
      const update = type(doc, words);
      checkpoint.record(update);
      Y.applyUpdate(expected, update);
    };
    for (const words of ['One ', 'Two ', 'Three ']) recordType(words);
    checkpoint.foldIfPast(4, doc);
    expect(checkpoint.pendingUpdates).toBe(3);
    checkpoint.foldIfPast(3, doc);
    expect(checkpoint.pendingUpdates).toBe(0);
    recordType('Four ');
    type(doc, 'REFUSED ');

    const restored = checkpoint.restore(doc.clientID);
    expect(textOf(restored, PARAGRAPH).toString()).toBe('Four Three Two One Urges States parties');
    expect(visibleState(restored)).toEqual(visibleState(expected));
    expect(Y.encodeStateVector(restored)).toEqual(Y.encodeStateVector(expected));
  });

  it('refuses to restore what it never captured', () => {
    expect(() => new DocumentCheckpoint(null).restore(1)).toThrow(/before its stored state was captured/);
  });
});
