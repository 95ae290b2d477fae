import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE } from '@/lib/collab/protocol';
import type { DraftStore } from './draft-store';
import { SAVE_FAILED_ERROR } from './run-command';
import { openRawSocket, paragraphStatus, storedDraft } from '@/test-support/collab/draft-reading';
import { PARAGRAPH_ONE, PARAGRAPH_TWO } from '@/test-support/collab/seed-collab-meeting';
import { waitFor } from '@/test-support/collab/wait-for';
import { useCollabScene } from '@/test-support/collab/use-collab-scene';

/** Gates opened so far, released after each test whatever happened. */
const gates: Array<{ release(): void }> = [];
/** Set to hold the next append until `release` is called; `entered` turns true once it waits. */
let gate: { entered: boolean; stored: boolean; release(): void; released: Promise<void> } | null = null;
/** Appends that fail, the database itself still answering (so the server does not pause saving). */
let failingAppends = 0;

function openGate(): NonNullable<typeof gate> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const opened = { entered: false, stored: false, release: () => release(), released };
  gates.push(opened);
  return opened;
}

/** The frame's kind; for sync frames, the step (0: state vector, 1: state, 2: update) and payload. */
function readFrame(data: Uint8Array): { kind: 'sync' | 'awareness' | 'other'; step?: number; payload?: Uint8Array } {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE.awareness) return { kind: 'awareness' };
  if (type !== MESSAGE.sync) return { kind: 'other' };
  return { kind: 'sync', step: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) };
}

function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

function presenceOf(doc: Y.Doc): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ cursor: null });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
  awareness.destroy();
  return encoding.toUint8Array(encoder);
}

function controllable(store: DraftStore): DraftStore {
  return {
    ...store,
    append: async (entry) => {
      if (failingAppends > 0) {
        failingAppends--;
        throw new Error('value too long for type character varying');
      }
      const held = gate;
      gate = null;
      if (!held) return store.append(entry);
      held.entered = true;
      await held.released;
      await store.append(entry);
      held.stored = true;
    },
  };
}

const scene = useCollabScene({ server: { wrapStore: controllable }, errorsExpected: true });

afterEach(() => {
  for (const opened of gates.splice(0)) opened.release();
  gate = null;
  failingAppends = 0;
});

describe('collaboration server: one write path, stored before anyone sees it', () => {
  it('answers a newcomer who asks for the draft while a decision is being stored only once it is stored', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const held = openGate();
    gate = held;
    chair.sendCommand({ type: 'setStatus', id: 'slow-store', paragraphId: PARAGRAPH_TWO, status: 'parked' });
    await waitFor(() => held.entered, 'the decision is being stored');

    // A bare socket, so that the test knows exactly which of its requests the server has read.
    const newcomer = await openRawSocket(scene.server.url, scene.meeting.draftId, scene.meeting.people.viewer);
    const received: Array<{ kind: 'sync' | 'awareness' | 'other'; step?: number; payload?: Uint8Array; storedYet: boolean }> = [];
    newcomer.ws.on('message', (data: Buffer) => received.push({ ...readFrame(new Uint8Array(data)), storedYet: held.stored }));
    const awarenessBefore = (): number => received.filter((frame) => frame.kind === 'awareness').length;
    await waitFor(() => received.some((frame) => frame.kind === 'other'), 'the session message');
    const presenceFrames = awarenessBefore();
    newcomer.ws.send(syncStep1(new Y.Doc()));
    // Presence is relayed at once, to everyone including its sender, in the order the socket
    // delivers it: once the newcomer's own presence comes back, the server has read the sync
    // request sent before it.
    newcomer.ws.send(presenceOf(new Y.Doc()));
    await waitFor(() => awarenessBefore() > presenceFrames, 'the newcomer hears its own presence');
    expect(received.filter((frame) => frame.kind === 'sync' && frame.step === 1)).toEqual([]);
    expect(paragraphStatus(chair.doc, PARAGRAPH_TWO)).not.toBe('parked');

    held.release();
    await waitFor(() => received.some((frame) => frame.kind === 'sync' && frame.step === 1), 'the newcomer gets its answer');
    const answer = received.find((frame) => frame.kind === 'sync' && frame.step === 1);
    expect(answer?.storedYet).toBe(true);
    const seen = new Y.Doc();
    Y.applyUpdate(seen, answer?.payload ?? new Uint8Array());
    expect(paragraphStatus(seen, PARAGRAPH_TWO)).toBe('parked');
    expect(received.every((frame) => frame.kind !== 'sync' || frame.step === 0 || frame.storedYet)).toBe(true);
    await waitFor(() => chair.replies.some((reply) => reply.id === 'slow-store'), 'the chair is answered');
    expect(chair.replies.find((reply) => reply.id === 'slow-store')).toMatchObject({ ok: true });
    await waitFor(() => paragraphStatus(chair.doc, PARAGRAPH_TWO) === 'parked', 'the chair sees the decision');
    newcomer.ws.close();
    expect(chair.closeCodes).toEqual([]);
  });

  it('refuses a decision it could not store to the chair, leaves the draft as it was and keeps everyone connected', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const france = await scene.connect(scene.meeting.people.frenchDelegate);
    const before = paragraphStatus(france.doc, PARAGRAPH_ONE);
    expect(before).not.toBe('parked');
    const errorsBefore = scene.server.errors.length;
    // The first attempt and its retry both fail, the database answering all along.
    failingAppends = 2;
    chair.sendCommand({ type: 'setStatus', id: 'not-stored', paragraphId: PARAGRAPH_ONE, status: 'parked' });
    await waitFor(() => chair.replies.some((reply) => reply.id === 'not-stored'), 'the chair is answered');
    expect(chair.replies.find((reply) => reply.id === 'not-stored')).toEqual({
      id: 'not-stored',
      type: 'setStatus',
      ok: false,
      error: SAVE_FAILED_ERROR,
      key: 'server.command.saveFailed',
      params: {},
      paragraphIds: [PARAGRAPH_ONE],
    });
    expect(scene.server.errors.slice(errorsBefore)).toEqual([expect.stringMatching(/could not store/), expect.stringMatching(/could not store/)]);

    // The room's document is unchanged: a newcomer's sync is answered from it.
    const newcomer = await scene.connect(scene.meeting.people.viewer);
    expect(paragraphStatus(newcomer.doc, PARAGRAPH_ONE)).toBe(before);
    expect(paragraphStatus(await storedDraft(scene.database.db, scene.meeting.draftId), PARAGRAPH_ONE)).toBe(before);

    // Nobody was disconnected, and the same decision goes through once the database takes it.
    chair.sendCommand({ type: 'setStatus', id: 'stored', paragraphId: PARAGRAPH_ONE, status: 'parked' });
    await waitFor(() => [france, newcomer, chair].every((client) => paragraphStatus(client.doc, PARAGRAPH_ONE) === 'parked'), 'everyone sees the stored decision');
    await waitFor(() => chair.replies.some((reply) => reply.id === 'stored'), 'the chair is answered again');
    expect(chair.replies.find((reply) => reply.id === 'stored')).toMatchObject({ ok: true });
    expect([...chair.closeCodes, ...france.closeCodes, ...newcomer.closeCodes]).toEqual([]);
    expect(paragraphStatus(await storedDraft(scene.database.db, scene.meeting.draftId), PARAGRAPH_ONE)).toBe('parked');
    scene.server.errors.splice(errorsBefore);
  });
});
