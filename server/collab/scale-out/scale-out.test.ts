import { eq } from 'drizzle-orm';
import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeJsonMessage } from '@/lib/collab/messages';
import { CLOSE, MESSAGE } from '@/lib/collab/protocol';
import { memberships } from '@/server/db/schema';
import { broadcastToDraft, refreshCollabAccess, registerCollabHooks } from '../process-hooks';
import { paragraphStatus, paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { OPENING_TEXT, PARAGRAPH_ONE, PARAGRAPH_TWO } from '@/test-support/collab/seed-collab-meeting';
import { addMember, countDraftUpdates } from '@/test-support/collab/seed-draft';
import { waitFor } from '@/test-support/collab/wait-for';
import { proposalBy, startScaleOutScene, type ScaleOutScene } from '@/test-support/collab/scale-out-scene';

let scene: ScaleOutScene;
let removeHooks: (() => void) | undefined;

beforeAll(async () => {
  scene = await startScaleOutScene();
  // As server/main.ts does: route handlers of instance A reach its collaboration server.
  removeHooks = registerCollabHooks(scene.a.server.collab);
}, 30_000);

afterEach(() => scene.disconnectAll());

afterAll(async () => {
  removeHooks?.();
  await scene?.close();
});

describe('scale-out: two collaboration instances sharing PostgreSQL and Redis', () => {
  it('converges edits made on both instances, storing each update once', async () => {
    const { a, b, meeting, db } = scene;
    const draftId = await scene.newDraft();
    const chair = await scene.connect(a, meeting.people.chair, draftId);
    const france = await scene.connect(b, meeting.people.frenchDelegate, draftId);
    const rowsBefore = await countDraftUpdates(db, draftId);
    typeInto(chair.doc, PARAGRAPH_TWO, 0, 'Also ');
    typeInto(france.doc, PARAGRAPH_ONE, OPENING_TEXT.length, ' and signatories', proposalBy(meeting.people.frenchDelegate, meeting.france));
    const converged = (text: string): boolean => text.startsWith('Also ');
    await waitFor(
      () =>
        converged(paragraphText(france.doc, PARAGRAPH_TWO)) &&
        paragraphText(chair.doc, PARAGRAPH_ONE).endsWith('and signatories') &&
        paragraphText(chair.doc, PARAGRAPH_ONE) === paragraphText(france.doc, PARAGRAPH_ONE),
      'each instance passes on the other’s edit',
    );
    expect(await countDraftUpdates(db, draftId)).toBe(rowsBefore + 2);
    expect(b.server.collab.stats().remoteUpdatesApplied).toBeGreaterThan(0);
    const stored = await storedDraft(db, draftId);
    expect(paragraphText(stored, PARAGRAPH_ONE)).toBe(paragraphText(chair.doc, PARAGRAPH_ONE));
    expect(paragraphText(stored, PARAGRAPH_TWO)).toBe(paragraphText(france.doc, PARAGRAPH_TWO));
  });

  it("carries the chair's status decision on A to a delegate on B", async () => {
    const { a, b, meeting } = scene;
    const draftId = await scene.newDraft();
    const chair = await scene.connect(a, meeting.people.chair, draftId);
    const mexico = await scene.connect(b, meeting.people.mexicanDelegate, draftId);
    chair.sendCommand({ type: 'setStatus', id: 'agree-two', paragraphId: PARAGRAPH_TWO, status: 'agreed' });
    await waitFor(() => paragraphStatus(mexico.doc, PARAGRAPH_TWO) === 'agreed', 'the status reaches B');
    // Over Redis, B may hear of the decision before A's reply reaches the chair.
    await waitFor(() => chair.replies.length > 0, 'the chair gets the result');
    expect(chair.replies).toContainEqual({ id: 'agree-two', type: 'setStatus', ok: true });
  });

  it('shows presence across instances, to rooms loaded before and after, and its end', async () => {
    const { a, b, meeting } = scene;
    const draftId = await scene.newDraft();
    const chair = await scene.connect(a, meeting.people.chair, draftId);
    const france = await scene.connect(b, meeting.people.frenchDelegate, draftId);
    chair.provider.awareness.setLocalStateField('user', { name: 'Chair Person', color: '#aa0000' });
    const seesChair = (states: Map<number, Record<string, unknown>>): boolean => {
      const session = states.get(chair.doc.clientID)?.session as { userId?: string } | undefined;
      return session?.userId === meeting.people.chair.userId;
    };
    await waitFor(() => seesChair(france.provider.awareness.getStates()), 'B shows the chair on A');
    // A room loaded on B only now asks A for the presence it already holds.
    const lateDraft = await scene.newDraft();
    const early = await scene.connect(a, meeting.people.chair, lateDraft);
    early.provider.awareness.setLocalStateField('user', { name: 'Chair Person' });
    await waitFor(() => a.server.collab.stats().rooms >= 2, 'A holds the second draft');
    const late = await scene.connect(b, meeting.people.mexicanDelegate, lateDraft);
    const seesEarly = (): boolean => late.provider.awareness.getStates().has(early.doc.clientID);
    await waitFor(seesEarly, 'a room loaded later on B shows who is on A');
    chair.destroy();
    await waitFor(() => !france.provider.awareness.getStates().has(chair.doc.clientID), 'B sees the chair leave A');
  });

  it('delivers a comments notice sent on A to clients on B', async () => {
    const { a, b, meeting } = scene;
    const draftId = await scene.newDraft();
    const notices = { a: [] as unknown[], b: [] as unknown[] };
    for (const [instance, user, seen] of [
      [a, meeting.people.chair, notices.a],
      [b, meeting.people.mexicanDelegate, notices.b],
    ] as const) {
      const client = await scene.connect(instance, user, draftId);
      client.provider.messageHandlers[MESSAGE.commentsChanged] = (_encoder, decoder) => seen.push(JSON.parse(decoding.readVarString(decoder)));
    }
    // As a comments route handler on instance A announces a change.
    broadcastToDraft(draftId, encodeJsonMessage(MESSAGE.commentsChanged, { paragraphId: PARAGRAPH_ONE }));
    await waitFor(() => notices.a.length > 0 && notices.b.length > 0, 'the notice reaches A and B');
    expect(notices).toEqual({ a: [{ paragraphId: PARAGRAPH_ONE }], b: [{ paragraphId: PARAGRAPH_ONE }] });
  });

  it('applies a membership change refreshed on A to connections on B', async () => {
    const { b, meeting, db } = scene;
    const draftId = await scene.newDraft();
    const demoted = await addMember(db, meeting.meetingId, 'Delegate To Demote', 'delegate', meeting.france);
    const removed = await addMember(db, meeting.meetingId, 'Delegate To Remove', 'delegate', meeting.mexico);
    const demotedClient = await scene.connect(b, demoted, draftId);
    const removedClient = await scene.connect(b, removed, draftId);
    await db.update(memberships).set({ role: 'viewer', delegationId: null }).where(eq(memberships.userId, demoted.userId));
    await db.delete(memberships).where(eq(memberships.userId, removed.userId));
    // As a membership route handler on instance A does after the change.
    await refreshCollabAccess({ meetingId: meeting.meetingId });
    await waitFor(() => demotedClient.sessions.at(-1)?.role === 'viewer', 'B tells the demoted delegate');
    await waitFor(() => removedClient.closeCodes.includes(CLOSE.forbidden), 'B closes the removed member');
  });

  it("keeps B's validator in step with updates from A: builds on them, still refuses", async () => {
    const { a, b, meeting, db } = scene;
    const draftId = await scene.newDraft();
    const france = await scene.connect(a, meeting.people.frenchDelegate, draftId);
    const mexico = await scene.connect(b, meeting.people.mexicanDelegate, draftId);
    const end = OPENING_TEXT.length;
    typeInto(france.doc, PARAGRAPH_ONE, end, ' and signatories', proposalBy(meeting.people.frenchDelegate, meeting.france));
    await waitFor(() => paragraphText(mexico.doc, PARAGRAPH_ONE).endsWith(' and signatories'), 'B has France’s proposal');
    // Typed after France's words: judged on a document that must already hold them.
    typeInto(mexico.doc, PARAGRAPH_ONE, end + ' and signatories'.length, ' alike', proposalBy(meeting.people.mexicanDelegate, meeting.mexico));
    await waitFor(() => paragraphText(france.doc, PARAGRAPH_ONE).endsWith('signatories alike'), 'A has Mexico’s proposal');
    expect(mexico.refusals).toEqual([]);
    typeInto(mexico.doc, PARAGRAPH_TWO, 0, 'UNMARKED ');
    await waitFor(() => mexico.closeCodes.includes(CLOSE.refused), 'B refuses an unmarked insertion');
    expect(mexico.refusals[0]?.paragraphId).toBe(PARAGRAPH_TWO);
    expect(paragraphText(await storedDraft(db, draftId), PARAGRAPH_TWO)).not.toContain('UNMARKED');
    expect(paragraphText(france.doc, PARAGRAPH_TWO)).not.toContain('UNMARKED');
  });

  it('refuses a participant on B writing under the client id of someone on A', async () => {
    const { a, b, meeting } = scene;
    const draftId = await scene.newDraft();
    const france = await scene.connect(a, meeting.people.frenchDelegate, draftId);
    const mexico = await scene.connect(b, meeting.people.mexicanDelegate, draftId);
    typeInto(france.doc, PARAGRAPH_ONE, 0, 'Firstly ', proposalBy(meeting.people.frenchDelegate, meeting.france));
    await waitFor(() => paragraphText(mexico.doc, PARAGRAPH_ONE).startsWith('Firstly '), "France's words reach B");
    // A modified client continues France's Yjs client id: its words would pass as France's.
    const ownId = mexico.doc.clientID;
    mexico.doc.clientID = france.doc.clientID;
    typeInto(mexico.doc, PARAGRAPH_ONE, 0, 'Secondly ', proposalBy(meeting.people.mexicanDelegate, meeting.mexico));
    mexico.doc.clientID = ownId; // awareness clean-up on disconnect reads the id
    await waitFor(() => mexico.refusals.length > 0, 'the impersonation is refused');
    expect(paragraphText(france.doc, PARAGRAPH_ONE)).not.toContain('Secondly');
    expect(paragraphText(await storedDraft(scene.db, draftId), PARAGRAPH_ONE)).not.toContain('Secondly');
  });

  it('gives a room loaded on B after edits on A everything A accepted', async () => {
    const { a, b, meeting } = scene;
    const draftId = await scene.newDraft();
    const chair = await scene.connect(a, meeting.people.chair, draftId);
    typeInto(chair.doc, PARAGRAPH_TWO, 0, 'Firmly ');
    chair.sendCommand({ type: 'setStatus', id: 'informals', paragraphId: PARAGRAPH_ONE, status: 'agreed_informals' });
    await waitFor(() => chair.replies.some((reply) => reply.id === 'informals'), 'the command is applied on A');
    const mexico = await scene.connect(b, meeting.people.mexicanDelegate, draftId);
    await waitFor(() => paragraphText(mexico.doc, PARAGRAPH_TWO).startsWith('Firmly '), 'B loads the edit');
    expect(paragraphStatus(mexico.doc, PARAGRAPH_ONE)).toBe('agreed_informals');
  });

  // Last: it restarts the shared redis-server.
  it('keeps serving each instance through a Redis outage, then catches both up', async () => {
    const { a, b, meeting, redis, db } = scene;
    const draftId = await scene.newDraft();
    const chair = await scene.connect(a, meeting.people.chair, draftId);
    const chairToo = await scene.connect(a, meeting.people.secretariat, draftId);
    const france = await scene.connect(b, meeting.people.frenchDelegate, draftId);
    const rowsBefore = await countDraftUpdates(db, draftId);
    await redis.stop();
    await waitFor(() => a.busLog.some((line) => line.includes('unreachable')), 'A notices the outage');
    typeInto(chair.doc, PARAGRAPH_TWO, 0, 'Meanwhile ');
    typeInto(france.doc, PARAGRAPH_ONE, OPENING_TEXT.length, ' too', proposalBy(meeting.people.frenchDelegate, meeting.france));
    await waitFor(() => paragraphText(chairToo.doc, PARAGRAPH_TWO).startsWith('Meanwhile '), 'A still serves its own clients');
    // Both stored while the bus was down: only the resynchronisation can carry them across.
    await waitFor(async () => (await countDraftUpdates(db, draftId)) === rowsBefore + 2, 'both edits are stored');
    expect(paragraphText(france.doc, PARAGRAPH_TWO)).not.toContain('Meanwhile');
    await redis.start();
    await waitFor(
      () => paragraphText(france.doc, PARAGRAPH_TWO).startsWith('Meanwhile ') && paragraphText(chair.doc, PARAGRAPH_ONE).endsWith(' too'),
      'both instances catch up from the database',
      15_000,
    );
    expect(a.busLog.some((line) => line.includes('is back'))).toBe(true);
    // France's words reached A without their writer; the log names her, so nobody on A may continue her client id.
    const ownId = chairToo.doc.clientID;
    chairToo.doc.clientID = france.doc.clientID;
    typeInto(chairToo.doc, PARAGRAPH_TWO, 0, 'Hijacked ');
    chairToo.doc.clientID = ownId; // awareness clean-up on disconnect reads the id
    await waitFor(() => chairToo.refusals.length > 0, 'the impersonation is refused');
    expect(chairToo.refusals[0]?.reason).toMatch(/another participant's editing session/);
    expect(a.server.errors).toEqual([]);
    expect(b.server.errors).toEqual([]);
  });
});
