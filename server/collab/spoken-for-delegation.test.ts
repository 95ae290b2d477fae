import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { spokenForDelegation } from './spoken-for-delegation';

function updateOf(edit: (text: Y.Text) => void): Uint8Array {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, 'States parties should');
  const before = Y.encodeStateVector(doc);
  edit(text);
  return Y.encodeStateAsUpdate(doc, before);
}

const mark = (delegation: string) => ({ insertion: { proposal: 'p', delegation, author: 'u', at: 'now' } });

describe('spokenForDelegation', () => {
  it("stores the secretariat's proposal under the delegation it spoke for", () => {
    const update = updateOf((text) => text.insert(7, 'all ', mark('mexico')));
    expect(spokenForDelegation({ userId: 'u', role: 'secretariat', delegationId: null }, update)).toBe('mexico');
  });
  it("keeps the secretariat's own delegation for a clean edit", () => {
    const update = updateOf((text) => text.insert(0, 'All '));
    expect(spokenForDelegation({ userId: 'u', role: 'secretariat', delegationId: null }, update)).toBeNull();
  });
  it("never takes a delegate's delegation from the marks", () => {
    const update = updateOf((text) => text.insert(7, 'all ', mark('mexico')));
    expect(spokenForDelegation({ userId: 'u', role: 'delegate', delegationId: 'canada' }, update)).toBe('canada');
  });
});
