import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildDraftState } from '@/lib/negotiation/draft-doc';
import { readLocalParagraphs, unsavedParagraphs } from './unsaved-paragraphs';

function draft(first: string, second: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(
    doc,
    buildDraftState([
      { id: 'p1', label: '1', kind: 'OP', runs: [{ insert: first }] },
      { id: 'p2', label: '2', kind: 'OP', runs: [{ insert: second }] },
    ]),
  );
  return doc;
}

describe('words a refused change leaves unsaved', () => {
  it('gives back, per paragraph, what the reloaded document lacks', () => {
    const local = readLocalParagraphs(draft('Urges States promptly', 'Invites all Members'), ['p1', 'p2', 'gone']);
    expect(local.map(({ label }) => label)).toEqual(['1', '2']);
    expect(unsavedParagraphs(local, draft('Urges States', 'Invites Members'), true)).toEqual([
      { paragraphId: 'p1', label: '1', text: 'promptly', whole: false },
      { paragraphId: 'p2', label: '2', text: 'all', whole: false },
    ]);
  });

  it('gives back the whole paragraph while the reloaded document has not arrived', () => {
    const local = readLocalParagraphs(draft('Urges States promptly', 'Invites Members'), ['p1']);
    expect(unsavedParagraphs(local, new Y.Doc(), false)).toEqual([{ paragraphId: 'p1', label: '1', text: 'Urges States promptly', whole: true }]);
  });
});
