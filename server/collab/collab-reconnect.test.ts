import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import { startTestDatabase, type TestDatabase } from '@/test-support/db/test-database';
import { encodeSyncStep2, encodeSyncUpdate } from './frames';
import { NEVER_ARRIVED_REASON } from './held-updates';
import { openRawSocket, paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { seedCollabMeeting, PARAGRAPH_ONE, type CollabMeeting } from '@/test-support/collab/seed-collab-meeting';
import { seedDraft } from '@/test-support/collab/seed-draft';
import { startCollabTestServer, type CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';

let database: TestDatabase;
let server: CollabTestServer;
let meeting: CollabMeeting;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  database = await startTestDatabase();
  meeting = await seedCollabMeeting(database.db);
  server = await startCollabTestServer(database.db);
});

afterEach(() => {
  for (const ws of sockets.splice(0)) ws.close();
  expect(server.errors).toEqual([]);
});

afterAll(async () => {
  await server?.close();
  await database?.stop();
});

/** A fresh draft (so each test starts from its own text) and the chair's copy of it, typed into offline. */
async function offlineCopy(): Promise<{ draftId: string; doc: Y.Doc; before: Uint8Array }> {
  const draftId = await seedDraft(database.db, meeting.meetingId, [
    { id: PARAGRAPH_ONE, label: '1', kind: 'OP', runs: [{ insert: 'Encourages States parties' }] },
  ]);
  const doc = await storedDraft(database.db, draftId);
  return { draftId, doc, before: Y.encodeStateVector(doc) };
}

/** The chair's raw socket to the draft, recording refusals and how it closed. */
async function connectChair(draftId: string): Promise<{ ws: WebSocket; refusals: string[]; closed: Promise<number> }> {
  const { ws, closed } = await openRawSocket(server.url, draftId, meeting.people.chair);
  sockets.push(ws);
  const refusals: string[] = [];
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE.refused) return;
    refusals.push((JSON.parse(decoding.readVarString(decoder)) as { reason: string }).reason);
  });
  return { ws, refusals, closed };
}

describe('collaboration server: writing right after a reconnect', () => {
  it('holds an update sent before the offline changes it builds on, and stores both once they arrive', async () => {
    const { draftId, doc, before } = await offlineCopy();
    const stored = async (): Promise<string> => paragraphText(await storedDraft(database.db, draftId), PARAGRAPH_ONE);
    const first = await connectChair(draftId);
    typeInto(doc, PARAGRAPH_ONE, 0, 'Online. ');
    first.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc, before)));
    await waitFor(async () => (await stored()).startsWith('Online. '), 'the first words are stored');
    const seen = Y.encodeStateVector(doc);
    first.ws.close();
    expect(await first.closed).toBe(1005);

    // Offline: typed while the socket is down.
    typeInto(doc, PARAGRAPH_ONE, 'Online. '.length, 'Offline words. ');
    const afterOffline = Y.encodeStateVector(doc);
    typeInto(doc, PARAGRAPH_ONE, 'Online. Offline words. '.length, 'Typed at once. ');
    const early = Y.encodeStateAsUpdate(doc, afterOffline);
    const again = await connectChair(draftId);
    // The keystroke leaves before the sync step 2 that answers the server's sync step 1.
    again.ws.send(encodeSyncUpdate(early));
    again.ws.send(encodeSyncStep2(doc, seen));

    const expected = 'Online. Offline words. Typed at once. Encourages States parties';
    await waitFor(async () => (await stored()) === expected, 'both are stored');
    expect([...first.refusals, ...again.refusals]).toEqual([]);
    expect(again.ws.readyState).toBe(again.ws.OPEN);
  });

  it('judges held updates again after each later update of the connection, in the order sent', async () => {
    const { draftId, doc, before } = await offlineCopy();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (const word of ['one ', 'two ', 'three ']) typeInto(doc, PARAGRAPH_ONE, paragraphText(doc, PARAGRAPH_ONE).length - 'Encourages States parties'.length, word);
    expect(updates).toHaveLength(3);
    expect(Y.encodeStateVector(doc)).not.toEqual(before);

    const chair = await connectChair(draftId);
    // The last two arrive first and wait; the first lets them through.
    chair.ws.send(encodeSyncUpdate(updates[2] as Uint8Array));
    chair.ws.send(encodeSyncUpdate(updates[1] as Uint8Array));
    chair.ws.send(encodeSyncUpdate(updates[0] as Uint8Array));

    await waitFor(
      async () => paragraphText(await storedDraft(database.db, draftId), PARAGRAPH_ONE) === 'one two three Encourages States parties',
      'all three are stored',
    );
    expect(chair.refusals).toEqual([]);
  });

  it('refuses a held update whose changes never arrive, storing nothing of it', async () => {
    const { draftId, doc } = await offlineCopy();
    typeInto(doc, PARAGRAPH_ONE, 0, 'Never sent. ');
    const afterOffline = Y.encodeStateVector(doc);
    typeInto(doc, PARAGRAPH_ONE, 0, 'Orphan. ');

    const chair = await connectChair(draftId);
    chair.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc, afterOffline)));
    expect(await chair.closed).toBe(CLOSE.refused);
    expect(chair.refusals).toEqual([NEVER_ARRIVED_REASON]);
    expect(paragraphText(await storedDraft(database.db, draftId), PARAGRAPH_ONE)).toBe('Encourages States parties');
  });
});
