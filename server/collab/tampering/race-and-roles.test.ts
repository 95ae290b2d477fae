import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '@/lib/collab/protocol';
import { unsavedText } from '@/lib/collab/unsaved-text';
import { memberships } from '@/server/db/schema';
import { textOf, visibleState } from '@/test-support/validation/test-draft';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphStatus, paragraphText, storedDraft } from '@/test-support/collab/draft-reading';
import type { SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { countDraftUpdates } from '@/test-support/collab/seed-draft';
import { waitFor } from '@/test-support/collab/wait-for';
import { canonicalJson, expectAttackFails, readServerState } from '@/test-support/tampering/expect-attack-fails';
import { P_CLEAN, P_PLAIN, proposalMark, startTamperingScene, type TamperingScene } from '@/test-support/tampering/tampering-scene';

let scene: TamperingScene;

beforeAll(async () => {
  scene = await startTamperingScene();
});

afterEach(() => {
  scene.disconnectAll();
  expect(scene.server.errors).toEqual([]);
});

afterAll(async () => {
  await scene?.stop();
});

const CLEAN_TEXT = 'Requests the secretariat to report to the Working Group';

async function command(client: TestClient, body: Record<string, unknown> & { id: string }): Promise<{ ok: boolean; error?: string }> {
  client.sendCommand(body);
  await waitFor(() => client.replies.some((reply) => reply.id === body.id), `${body.id} is answered`);
  const reply = client.replies.find((candidate) => candidate.id === body.id);
  if (!reply) throw new Error('no reply');
  return reply;
}

function typeAtEnd(client: TestClient, paragraphId: string, text: string, user: SeededUser, delegation: string, proposal?: string): void {
  const ytext = textOf(client.doc, paragraphId);
  ytext.insert(ytext.length, text, { insertion: proposalMark(delegation, user.userId, proposal) });
}

describe('the race between typing and the chair marking a paragraph agreed', () => {
  it('refuses the late keystroke with a clear notice, stores none of it, and the reloaded delegate converges', async () => {
    const { meeting } = scene;
    const { frenchDelegate } = meeting.people;
    const draftId = await scene.newDraft();
    const chair = await scene.connect(draftId, meeting.people.chair);
    const mexico = await scene.connect(draftId, meeting.people.mexicanDelegate);
    const france = await scene.connect(draftId, frenchDelegate);

    // France starts a proposal, then thinks better of it: the paragraph is clean again.
    typeAtEnd(france, P_CLEAN, ' annually', frenchDelegate, meeting.france);
    await waitFor(() => paragraphText(chair.doc, P_CLEAN).endsWith(' annually'), 'the chair sees the proposal');
    textOf(france.doc, P_CLEAN).delete(CLEAN_TEXT.length, ' annually'.length);
    await waitFor(() => paragraphText(chair.doc, P_CLEAN) === CLEAN_TEXT, 'the chair sees it withdrawn');

    expect(await command(chair, { type: 'setStatus', id: 'agree', paragraphId: P_CLEAN, status: 'agreed' })).toMatchObject({ ok: true });
    const rows = await countDraftUpdates(scene.database.db, draftId);
    // France's editor had not caught up yet: its next keystroke leaves after the decision.
    typeAtEnd(france, P_CLEAN, ' promptly', frenchDelegate, meeting.france);
    await waitFor(() => france.closeCodes.length > 0, 'france is closed');
    expect(france.refusals).toEqual([
      {
        reason: 'Paragraph 2 was agreed while you were typing; your last change was not applied.',
        key: 'server.refused.paragraphAgreed',
        params: { label: '2' },
        paragraphId: P_CLEAN,
        paragraphIds: [P_CLEAN],
      },
    ]);
    expect(france.closeCodes[0]).toBe(CLOSE.refused);
    const localText = paragraphText(france.doc, P_CLEAN);

    // The client discards its document and reloads, as the browser does.
    france.destroy();
    const reloaded = await scene.connect(draftId, frenchDelegate);
    const server = await readServerState({ server: scene.server, draftId, reader: meeting.people.viewer });
    expect(visibleState(reloaded.doc)).toEqual(server);
    expect(paragraphStatus(reloaded.doc, P_CLEAN)).toBe('agreed');
    expect(paragraphText(reloaded.doc, P_CLEAN)).toBe(CLEAN_TEXT);
    // What the notice offers back to the delegate.
    expect(unsavedText(localText, paragraphText(reloaded.doc, P_CLEAN))).toBe('promptly');

    expect(await countDraftUpdates(scene.database.db, draftId)).toBe(rows);
    expect(paragraphText(await storedDraft(scene.database.db, draftId), P_CLEAN)).toBe(CLEAN_TEXT);
    for (const other of [chair, mexico]) expect(paragraphText(other.doc, P_CLEAN)).toBe(CLEAN_TEXT);
  });

  it('settles a true race either way, and everyone ends with the same document', async () => {
    const { meeting } = scene;
    const { frenchDelegate } = meeting.people;
    const draftId = await scene.newDraft();
    const chair = await scene.connect(draftId, meeting.people.chair);
    const france = await scene.connect(draftId, frenchDelegate);
    // Sent in the same tick: which one the server sees first is up to the network.
    chair.sendCommand({ type: 'setStatus', id: 'agree', paragraphId: P_CLEAN, status: 'agreed' });
    typeAtEnd(france, P_CLEAN, ' promptly', frenchDelegate, meeting.france);
    await waitFor(() => chair.replies.some((reply) => reply.id === 'agree'), 'the chair is answered');
    const agreed = chair.replies.find((reply) => reply.id === 'agree')?.ok === true;
    if (agreed) {
      await waitFor(() => france.refusals.length > 0, 'the keystroke is refused');
      expect(france.refusals[0]?.reason).toBe('Paragraph 2 was agreed while you were typing; your last change was not applied.');
      france.destroy();
    } else {
      // The keystroke won: a pending proposal blocks the paragraph from being agreed.
      expect(chair.replies.find((reply) => reply.id === 'agree')?.error).toMatch(/pending proposal/);
    }
    const current = agreed ? await scene.connect(draftId, frenchDelegate) : france;
    const server = await readServerState({ server: scene.server, draftId, reader: meeting.people.viewer });
    await waitFor(() => [chair, current].every((client) => canonicalJson(visibleState(client.doc)) === canonicalJson(server)), 'converged');
    expect(paragraphStatus(chair.doc, P_CLEAN)).toBe(agreed ? 'agreed' : 'open');
    expect(paragraphText(chair.doc, P_CLEAN)).toBe(agreed ? CLEAN_TEXT : `${CLEAN_TEXT} promptly`);
  });
});

describe('role and membership changes on an open connection', () => {
  it('drops the next write of a delegate demoted to viewer, and accepts it again once promoted back', async () => {
    const { meeting } = scene;
    const delegate = scene.frenchColleague;
    const { stage, attacker } = await scene.stage({ attacker: delegate });
    const { db } = scene.database;
    try {
      await db.update(memberships).set({ role: 'viewer', delegationId: null }).where(eq(memberships.userId, delegate.userId));
      await scene.server.collab.refreshAccess({ userId: delegate.userId });
      await expectAttackFails(stage, attacker, () => typeAtEnd(attacker, P_PLAIN, ' as amended', delegate, meeting.france), { kind: 'dropped' });
    } finally {
      await db.update(memberships).set({ role: 'delegate', delegationId: meeting.france }).where(eq(memberships.userId, delegate.userId));
    }
    await scene.server.collab.refreshAccess({ userId: delegate.userId });
    await waitFor(() => attacker.sessions.at(-1)?.role === 'delegate', 'the delegate is told of the new role');
    // Its local document still holds the dropped words; a real client reloads on a role change.
    attacker.destroy();
    const promoted = await scene.connect(stage.draftId, delegate);
    typeAtEnd(promoted, P_PLAIN, ' and supplemented', delegate, meeting.france);
    await waitFor(() => paragraphText(stage.presiding.doc, P_PLAIN).endsWith(' and supplemented'), 'the write is accepted');
    expect(paragraphText(await storedDraft(db, stage.draftId), P_PLAIN)).not.toContain('as amended');
  });

  it("refuses a delegate moved to another delegation proposing in the old delegation's name", async () => {
    const { meeting } = scene;
    const delegate = scene.frenchColleague;
    const { stage, attacker } = await scene.stage({ attacker: delegate });
    const { db } = scene.database;
    try {
      await db.update(memberships).set({ delegationId: meeting.mexico }).where(eq(memberships.userId, delegate.userId));
      await scene.server.collab.refreshAccess({ userId: delegate.userId });
      await waitFor(() => attacker.sessions.at(-1)?.delegationId === meeting.mexico, 'a fresh session message');
      await expectAttackFails(stage, attacker, () => typeAtEnd(attacker, P_PLAIN, ' as amended', delegate, meeting.france), {
        kind: 'refused',
        reason: /only make proposals for your own delegation/,
        paragraphId: P_PLAIN,
      });
    } finally {
      await db.update(memberships).set({ delegationId: meeting.france }).where(eq(memberships.userId, delegate.userId));
    }
  });

  it('closes 4403 when a membership is removed, and turns the member away on reconnection', async () => {
    const { meeting } = scene;
    const delegate = scene.frenchColleague;
    const draftId = await scene.newDraft();
    const client = await scene.connect(draftId, delegate);
    const { db } = scene.database;
    await db.delete(memberships).where(eq(memberships.userId, delegate.userId));
    try {
      await scene.server.collab.refreshAccess({ userId: delegate.userId });
      await waitFor(() => client.closeCodes.length > 0, 'the connection is closed');
      expect(client.closeCodes[0]).toBe(CLOSE.forbidden);
      const again = await connectTestClient({ url: scene.server.url, draftId, user: delegate });
      try {
        await waitFor(() => again.closeCodes.length > 0, 'the reconnection is refused');
        expect(again.closeCodes[0]).toBe(CLOSE.forbidden);
        expect(again.provider.synced).toBe(false);
      } finally {
        again.destroy();
      }
    } finally {
      await db.insert(memberships).values({ userId: delegate.userId, meetingId: meeting.meetingId, role: 'delegate', delegationId: meeting.france });
    }
  });
});
