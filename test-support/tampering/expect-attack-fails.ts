import { expect } from 'vitest';
import type * as Y from 'yjs';
import { CLOSE } from '@/lib/collab/protocol';
import type { Database } from '@/server/db/client';
import { visibleState } from '@/test-support/validation/test-draft';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { storedDraft } from '@/test-support/collab/draft-reading';
import type { SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { countDraftUpdates } from '@/test-support/collab/seed-draft';
import type { CollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';

export interface AttackStage {
  server: CollabTestServer;
  db: Database;
  draftId: string;
  /** A chair or secretariat client; its marker command proves the pipe flowed past the attack. */
  presiding: TestClient;
  /** Every other connected client: none of them may see anything of the attack. */
  bystanders: TestClient[];
  /** Someone allowed to read the draft, for fresh looks at the server's document. */
  reader: SeededUser;
}

/** What the sender of the attack must experience. */
export type Expectation =
  /** MESSAGE.refused with this reason (and paragraph), then close 4409. */
  | { kind: 'refused'; reason: RegExp | string; paragraphId?: string }
  /** Observers and viewers: silently dropped, no message, the connection stays open. */
  | { kind: 'dropped' }
  /** A command answered with commandResult ok:false; the connection stays open. */
  | { kind: 'commandRefused'; error: RegExp };

export interface VisibleState {
  order: unknown;
  paragraphs: Record<string, unknown>;
  proposals: unknown;
  room: Record<string, unknown>;
}

/**
 * Runs `attack` as `attacker` and proves it changed nothing: (a) the server's document (a
 * fresh client's view), (b) the database (stored draft and number of log rows), (c) every other
 * client's document; and (d) the sender got exactly the expected answer. A marker command from
 * the presiding client is sent afterwards: once every client has it, anything the server had
 * broadcast for the attack would have arrived before it, over the same ordered socket.
 */
export async function expectAttackFails(
  stage: AttackStage,
  attacker: TestClient,
  attack: (client: TestClient) => void,
  expectation: Expectation,
): Promise<void> {
  const watchers = [stage.presiding, ...stage.bystanders];
  const before = await readServerState(stage);
  await waitFor(() => watchers.every((client) => sameState(client.doc, before)), 'every client starts from the server state');
  const rowsBefore = await countDraftUpdates(stage.db, stage.draftId);
  const dropsBefore = stage.server.collab.stats().writesDropped;
  const repliesBefore = attacker.replies.length;

  attack(attacker);
  switch (expectation.kind) {
    case 'refused':
      await waitFor(() => attacker.closeCodes.length > 0, 'the sender is closed');
      expect(attacker.closeCodes[0]).toBe(CLOSE.refused);
      expect(attacker.refusals).toHaveLength(1);
      expect(attacker.refusals[0]?.reason).toMatch(expectation.reason);
      if (expectation.paragraphId !== undefined) expect(attacker.refusals[0]?.paragraphId).toBe(expectation.paragraphId);
      break;
    case 'dropped':
      await waitFor(() => stage.server.collab.stats().writesDropped > dropsBefore, 'the write is dropped');
      break;
    case 'commandRefused':
      await waitFor(() => attacker.replies.length > repliesBefore, 'the command is answered');
      expect(attacker.replies.at(-1)).toMatchObject({ ok: false });
      expect(attacker.replies.at(-1)?.error).toMatch(expectation.error);
      break;
  }
  expect(await countDraftUpdates(stage.db, stage.draftId)).toBe(rowsBefore);

  const focus = await sendMarker(stage, before);
  const expected: VisibleState = { ...before, room: { ...before.room, focus } };
  const receivers = expectation.kind === 'refused' ? watchers : [...watchers, attacker];
  await waitFor(() => receivers.every((client) => client.doc.getMap('room').get('focus') === focus), 'everyone has the marker');
  expect(await readServerState(stage)).toEqual(expected);
  expect(visibleState(await storedDraft(stage.db, stage.draftId))).toEqual(expected);
  expect(await countDraftUpdates(stage.db, stage.draftId)).toBe(rowsBefore + 1);
  for (const client of watchers) expect(visibleState(client.doc)).toEqual(expected);
  if (expectation.kind !== 'refused') {
    expect(attacker.refusals).toEqual([]);
    expect(attacker.closeCodes).toEqual([]);
  }
}

/** The server's document as a newly connected reader receives it. */
export async function readServerState(stage: Pick<AttackStage, 'server' | 'draftId' | 'reader'>): Promise<VisibleState> {
  const reader = await connectTestClient({ url: stage.server.url, draftId: stage.draftId, user: stage.reader });
  try {
    await waitFor(() => reader.provider.synced, 'a fresh reader is synced');
    return visibleState(reader.doc) as VisibleState;
  } finally {
    reader.destroy();
  }
}

function sameState(doc: Y.Doc, state: VisibleState): boolean {
  return canonicalJson(visibleState(doc)) === canonicalJson(state);
}

/** JSON with object keys sorted: two replicas may hold map entries in different orders. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Moves the room's focus to another paragraph: a change every client must receive. */
async function sendMarker(stage: AttackStage, before: VisibleState): Promise<string> {
  const order = before.order as string[];
  const focus = order.find((id) => id !== before.room.focus);
  if (!focus) throw new Error('the draft needs two paragraphs for the marker');
  const replies = stage.presiding.replies.length;
  stage.presiding.sendCommand({ type: 'setFocus', id: 'marker', paragraphId: focus });
  await waitFor(() => stage.presiding.replies.length > replies, 'the marker is answered');
  expect(stage.presiding.replies.at(-1)).toMatchObject({ id: 'marker', ok: true });
  return focus;
}
