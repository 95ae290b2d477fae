import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BadMessageError } from './frames';
import { continuesOneClient, describeByDecoding, describeUpdate, updateChangesDoc } from './update-changes-doc';

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

describe('describeUpdate on keystrokes', () => {
  /** Every update three clients send while typing, deleting and formatting, each described just before the server applies it. */
  function describedAlongTheWay(): { fast: number; updates: number } {
    const server = new Y.Doc();
    server.getXmlFragment('f').insert(0, [new Y.XmlText('Recalling its resolution 7/1,')]);
    const clients = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    for (const client of clients) Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const outbox: Uint8Array[] = [];
    for (const client of clients) client.on('update', (update: Uint8Array) => outbox.push(update));
    let fast = 0;
    let updates = 0;
    const deliver = (): void => {
      for (const update of outbox.splice(0)) {
        const quick = describeUpdate(server, update);
        expect(quick).toEqual(describeByDecoding(server, update));
        if (continuesOneClient(server, update)) fast++;
        updates++;
        Y.applyUpdate(server, update);
        for (const client of clients) Y.applyUpdate(client, update);
      }
    };
    for (let step = 0; step < 300; step++) {
      const client = clients[step % 3]!;
      const text = client.getXmlFragment('f').get(0) as Y.XmlText;
      const at = (step * 7) % (text.length + 1);
      if (step % 11 === 5 && text.length > 4) text.delete(at > 2 ? at - 2 : 0, 2);
      else if (step % 13 === 7 && text.length > 6) text.format(1, 4, { bracket: { id: `b${step}` } });
      else text.insert(at, 'x', step % 2 ? { insertion: { proposal: `p${step % 3}` } } : {});
      // Now and then two clients' edits reach the server as one merged update, or one arrives late.
      if (step % 17 !== 3) deliver();
    }
    deliver();
    // A client's repeat of what the server has (its sync step 2) and an update sent twice.
    const last = Y.encodeStateAsUpdate(clients[0]!, Y.encodeStateVector(server));
    expect(describeUpdate(server, last)).toEqual({ changes: false, startsPast: false });
    return { fast, updates };
  }

  it('reads each keystroke as the full decoding does', () => {
    const { fast, updates } = describedAlongTheWay();
    expect(updates).toBeGreaterThan(250);
    expect(fast).toBeGreaterThan(200);
  });

  it('does not take an update that starts past the document, or a repeat, for a keystroke', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const sent: Uint8Array[] = [];
    client.on('update', (update: Uint8Array) => sent.push(update));
    client.getText('t').insert(0, 'a');
    client.getText('t').insert(1, 'b');
    const [first, second] = sent as [Uint8Array, Uint8Array];
    expect(describeUpdate(server, second)).toEqual({ changes: true, startsPast: true });
    expect(describeUpdate(server, first)).toEqual({ changes: true, startsPast: false });
    Y.applyUpdate(server, first);
    expect(describeUpdate(server, first)).toEqual({ changes: false, startsPast: false });
    // Client 7, clock 0: nothing but a gap of three clocks, and no deletions. It adds nothing.
    expect(describeUpdate(server, Uint8Array.from([1, 1, 7, 0, 10, 3, 0]))).toEqual({ changes: false, startsPast: false });
  });

  it('leaves a keystroke whose body is not Yjs to the validator, and still throws on a bad header', () => {
    const server = new Y.Doc();
    // One client id, one struct, client 7, clock 0, then an item whose content kind does not exist.
    expect(describeUpdate(server, Uint8Array.from([1, 1, 7, 0, 0x1f, 0xff]))).toEqual({ changes: true, startsPast: false });
    expect(() => describeUpdate(server, Uint8Array.from([1, 1, 7]))).toThrow(BadMessageError);
  });
});
