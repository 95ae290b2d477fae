import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BadMessageError } from './frames';
import { describeUpdate, updateChangesDoc } from './update-changes-doc';

function syncedPair(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  const text = server.getText('t');
  text.insert(0, 'hello world');
  text.delete(0, 6);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

describe('updateChangesDoc', () => {
  it("treats a synced client's sync step 2 (which repeats the whole delete set) as no change", () => {
    const { server, client } = syncedPair();
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(updateChangesDoc(server, step2)).toBe(false);
  });

  it('sees new insertions and new deletions of known text', () => {
    const { server, client } = syncedPair();
    const updates: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => updates.push(update));
    client.getText('t').delete(0, 1);
    client.getText('t').insert(0, 'W');
    expect(updates.map((update) => updateChangesDoc(server, update))).toEqual([true, true]);
    Y.applyUpdate(server, updates[0]!);
    expect(updateChangesDoc(server, updates[0]!)).toBe(false);
  });

  it('throws BadMessageError on bytes that are not an update', () => {
    expect(() => updateChangesDoc(new Y.Doc(), Uint8Array.from([5, 1, 2]))).toThrow(BadMessageError);
  });

  it('tells an update that starts past the clocks the document has reached', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.getText('t').insert(0, 'a');
    const afterFirst = Y.encodeStateVector(client);
    client.getText('t').insert(1, 'b');
    expect(describeUpdate(server, Y.encodeStateAsUpdate(client, afterFirst)).startsPast).toBe(true);
    expect(describeUpdate(server, Y.encodeStateAsUpdate(client)).startsPast).toBe(false);
  });
});
