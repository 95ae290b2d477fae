import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, MAX_MESSAGE_BYTES, MESSAGE } from '@/lib/collab/protocol';
import { auditEvents, memberships } from '@/server/db/schema';
import { unsavedText } from '@/lib/collab/unsaved-text';
import { SAVE_FAILED_REASON } from './room';
import { connectTestClient, type TestClient } from '@/test-support/collab/connect-test-client';
import { openRawSocket, paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { PARAGRAPH_ONE, PARAGRAPH_TWO, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { addMember } from '@/test-support/collab/seed-draft';
import { startCollabTestServer } from '@/test-support/collab/start-collab-test-server';
import { waitFor } from '@/test-support/collab/wait-for';
import { useCollabScene } from '@/test-support/collab/use-collab-scene';

const scene = useCollabScene();

function marked(user: SeededUser, delegation: string): Record<string, unknown> {
  return { insertion: { proposal: randomUUID(), delegation, author: user.userId, at: new Date().toISOString() } };
}

/** A chair edit that everyone must see: proves the pipe is flowing after something was dropped. */
async function chairMarker(chair: TestClient, observer: TestClient, text: string): Promise<void> {
  typeInto(chair.doc, PARAGRAPH_TWO, 0, text);
  await waitFor(() => paragraphText(observer.doc, PARAGRAPH_TWO).startsWith(text), `marker "${text}" arrives`);
}

describe('collaboration server: writes', () => {
  it("drops a viewer's forged update: not applied, broadcast or stored", async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const viewer = await scene.connect(scene.meeting.people.viewer);
    const dropped = scene.server.collab.stats().writesDropped;
    typeInto(viewer.doc, PARAGRAPH_ONE, 0, 'FORGED ');
    await waitFor(() => scene.server.collab.stats().writesDropped > dropped, 'the write is dropped');
    await chairMarker(chair, viewer, 'Marker one. ');
    expect(paragraphText(chair.doc, PARAGRAPH_ONE)).not.toContain('FORGED');
    expect(paragraphText(await storedDraft(scene.database.db, scene.meeting.draftId), PARAGRAPH_ONE)).not.toContain('FORGED');
  });

  it("refuses a delegate's unmarked insertion with MESSAGE.refused and 4409, storing nothing", async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const mexico = await scene.connect(scene.meeting.people.mexicanDelegate);
    typeInto(mexico.doc, PARAGRAPH_ONE, 0, 'UNMARKED ');
    await waitFor(() => mexico.closeCodes.length > 0, 'the delegate is closed');
    expect(mexico.closeCodes[0]).toBe(CLOSE.refused);
    expect(mexico.refusals[0]?.reason).toMatch(/proposal/i);
    // The English stays for bots; the key and parameters let the page say it in its reader's language.
    expect(mexico.refusals[0]).toMatchObject({ key: 'server.refused.paragraphRule', params: { rule: { key: 'server.rule.unmarkedText', params: {} } } });
    expect(mexico.refusals[0]?.paragraphId).toBe(PARAGRAPH_ONE);
    await chairMarker(chair, chair, 'Marker two. ');
    expect(paragraphText(chair.doc, PARAGRAPH_ONE)).not.toContain('UNMARKED');
    expect(paragraphText(await storedDraft(scene.database.db, scene.meeting.draftId), PARAGRAPH_ONE)).not.toContain('UNMARKED');
  });

  it('closes 4413 on a message over 1 MiB', async () => {
    const { ws, closed } = await openRawSocket(scene.server.url, scene.meeting.draftId, scene.meeting.people.chair);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array(MAX_MESSAGE_BYTES + 16));
    ws.send(encoding.toUint8Array(encoder));
    expect(await closed).toBe(CLOSE.tooLarge);
  });

  it('closes 4400 on garbage and keeps serving everyone else', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const france = await scene.connect(scene.meeting.people.frenchDelegate);
    for (const garbage of [[0xff, 0xff, 0xff], [0, 2, 5, 1, 2], [0, 1, 3, 0xff, 0xff, 0xff], [100, 0x7f]]) {
      const { ws, closed } = await openRawSocket(scene.server.url, scene.meeting.draftId, scene.meeting.people.chair);
      ws.send(Uint8Array.from(garbage));
      expect(await closed).toBe(CLOSE.badMessage);
    }
    const { ws, closed } = await openRawSocket(scene.server.url, scene.meeting.draftId, scene.meeting.people.chair);
    ws.send('{"type":"setStatus"}');
    expect(await closed).toBe(CLOSE.badMessage);
    await chairMarker(chair, france, 'Marker three. ');
  });

  it('refuses an update that starts as a keystroke but is not Yjs, and keeps serving everyone else', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const france = await scene.connect(scene.meeting.people.frenchDelegate);
    // A member of its own: the refusal counts against its sender, and no other test sees it.
    const sender = await addMember(scene.database.db, scene.meeting.meetingId, 'Third delegate of France', 'delegate', scene.meeting.france);
    const { ws, closed } = await openRawSocket(scene.server.url, scene.meeting.draftId, sender);
    const refusals: unknown[] = [];
    ws.on('message', (data: Buffer) => {
      if (data[0] === MESSAGE.refused) refusals.push(JSON.parse(decoding.readVarString(decoding.createDecoder(new Uint8Array(data.subarray(1))))));
    });
    // One client id (7), one struct, at clock 0: then an item of a content kind that does not exist.
    ws.send(Uint8Array.from([0, 2, 6, 1, 1, 7, 0, 0x1f, 0xff]));
    expect(await closed).toBe(CLOSE.refused);
    expect(refusals).toMatchObject([{ key: 'server.refused.unreadable' }]);
    await chairMarker(chair, france, 'Marker after an unreadable keystroke. ');
  });

  it('turns away a delegate whose updates keep being refused', async () => {
    // Its own server: the refusal count lives in the server and would turn this delegate away in later tests.
    const strict = await startCollabTestServer(scene.database.db);
    try {
      const delegate = scene.meeting.people.mexicanDelegate;
      const join = async (user: SeededUser): Promise<TestClient> => {
        return scene.track(await connectTestClient({ url: strict.url, draftId: scene.meeting.draftId, user }));
      };
      for (let attempt = 1; attempt <= 5; attempt++) {
        const mexico = await join(delegate);
        await waitFor(() => mexico.provider.synced, 'synced');
        typeInto(mexico.doc, PARAGRAPH_ONE, 0, `UNMARKED ${attempt} `);
        await waitFor(() => mexico.closeCodes.length > 0, `refusal ${attempt}`);
        expect(mexico.closeCodes[0]).toBe(CLOSE.refused);
      }
      const turnedAway = await join(delegate);
      await waitFor(() => turnedAway.closeCodes.length > 0, 'turned away');
      expect(turnedAway.closeCodes[0]).toBe(CLOSE.rateLimited);
      const france = await join(scene.meeting.people.frenchDelegate);
      await waitFor(() => france.provider.synced, 'france is still welcome');
    } finally {
      await strict.close();
    }
  });

  it('applies, stores, broadcasts and audits a chair command, and refuses it for a delegate', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const france = await scene.connect(scene.meeting.people.frenchDelegate);
    const status = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('paragraphs').get(PARAGRAPH_TWO)?.get('status');

    france.sendCommand({ type: 'setStatus', id: 'by-france', paragraphId: PARAGRAPH_TWO, status: 'agreed' });
    await waitFor(() => france.replies.length > 0, 'france gets a reply');
    expect(france.replies[0]).toMatchObject({ id: 'by-france', ok: false });
    expect(france.replies[0]?.error).toMatch(/chair/i);

    chair.sendCommand({ type: 'setStatus', id: 'by-chair', paragraphId: PARAGRAPH_TWO, status: 'agreed_informals' });
    await waitFor(() => chair.replies.length > 0, 'the chair gets a reply');
    expect(chair.replies[0]).toMatchObject({ id: 'by-chair', type: 'setStatus', ok: true });
    await waitFor(() => status(france.doc) === 'agreed_informals', 'france sees the new status');
    expect(status(chair.doc)).toBe('agreed_informals');
    expect(status(await storedDraft(scene.database.db, scene.meeting.draftId))).toBe('agreed_informals');
    const audit = await scene.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.draftId, scene.meeting.draftId), eq(auditEvents.userId, scene.meeting.people.chair.userId)));
    expect(audit.map((event) => event.paragraphId)).toContain(PARAGRAPH_TWO);

    chair.sendCommand({ type: 'setStatus', id: 'reopen', paragraphId: PARAGRAPH_TWO, status: 'open' });
    await waitFor(() => status(france.doc) === 'open', 'the paragraph is reopened');
  });

  it('answers a malformed command with an error and keeps the connection', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    chair.sendCommand({ type: 'launchRockets', id: 'nope' });
    await waitFor(() => chair.replies.length > 0, 'a reply');
    expect(chair.replies[0]).toMatchObject({ id: 'nope', ok: false });
    expect(chair.closeCodes).toEqual([]);
  });

  // The membership tests change members of their own, so no other test sees a changed role.
  it('judges the next update of a delegate demoted to viewer with the new role', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const delegate = await addMember(scene.database.db, scene.meeting.meetingId, 'Second delegate of France', 'delegate', scene.meeting.france);
    const france = await scene.connect(delegate);
    await scene.database.db.update(memberships).set({ role: 'viewer', delegationId: null }).where(eq(memberships.userId, delegate.userId));
    await scene.server.collab.refreshAccess({ userId: delegate.userId });
    await waitFor(() => france.sessions.at(-1)?.role === 'viewer', 'a fresh session message');
    const dropped = scene.server.collab.stats().writesDropped;
    typeInto(france.doc, PARAGRAPH_ONE, 0, 'DEMOTED ', marked(delegate, scene.meeting.france));
    await waitFor(() => scene.server.collab.stats().writesDropped > dropped, 'the write is dropped');
    await chairMarker(chair, france, 'Marker four. ');
    expect(paragraphText(chair.doc, PARAGRAPH_ONE)).not.toContain('DEMOTED');
  });

  it('closes 4403 when a membership is removed', async () => {
    const delegate = await addMember(scene.database.db, scene.meeting.meetingId, 'Second delegate of Mexico', 'delegate', scene.meeting.mexico);
    const mexico = await scene.connect(delegate);
    await scene.database.db.delete(memberships).where(eq(memberships.userId, delegate.userId));
    await scene.server.collab.refreshAccess({ meetingId: scene.meeting.meetingId });
    await waitFor(() => mexico.closeCodes.length > 0, 'mexico is closed');
    expect(mexico.closeCodes[0]).toBe(CLOSE.forbidden);
  });

  it('refuses an update and a command the database could not store, showing them to nobody', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    const france = await scene.connect(scene.meeting.people.frenchDelegate);
    const status = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('paragraphs').get(PARAGRAPH_ONE)?.get('status');
    // A real failure of the real database: every new log row violates this constraint.
    await scene.database.db.execute(sql`alter table draft_updates add constraint collab_test_refuse_all check (false) not valid`);
    try {
      france.sendCommand({ type: 'setStatus', id: 'x', paragraphId: PARAGRAPH_ONE, status: 'parked' });
      chair.sendCommand({ type: 'setStatus', id: 'unsaved', paragraphId: PARAGRAPH_ONE, status: 'parked' });
      await waitFor(() => chair.replies.length > 0, 'the chair gets a reply');
      expect(chair.replies[0]).toMatchObject({ id: 'unsaved', ok: false, paragraphIds: [PARAGRAPH_ONE] });
      // The decision was built aside and never reached the room's document: nobody has to reload.
      await waitFor(() => france.replies.length > 0, 'france gets a reply');
      expect(france.closeCodes).toEqual([]);
      expect(status(france.doc)).toBe('open');

      chair.doc.transact(() => {
        typeInto(chair.doc, PARAGRAPH_ONE, 0, 'UNSAVED ');
        typeInto(chair.doc, PARAGRAPH_TWO, 0, 'ALSO UNSAVED ');
      });
      const typed = { one: paragraphText(chair.doc, PARAGRAPH_ONE), two: paragraphText(chair.doc, PARAGRAPH_TWO) };
      await waitFor(() => chair.refusals.length > 0, 'the chair is told');
      expect(chair.refusals[0]).toMatchObject({ reason: SAVE_FAILED_REASON, key: 'server.refused.saveFailed', params: {} });
      // Both paragraphs are named: the page compares its text there with the server's to give the words back.
      expect(chair.refusals[0]?.paragraphId).toMatch(new RegExp(`^(${PARAGRAPH_ONE}|${PARAGRAPH_TWO})$`));
      expect([...(chair.refusals[0]?.paragraphIds ?? [])].sort()).toEqual([PARAGRAPH_ONE, PARAGRAPH_TWO].sort());
      // The refusal message comes first, the close frame right after it.
      await waitFor(() => chair.closeCodes.includes(CLOSE.refused), 'the chair is closed with 4409');
      // As the page does on 4409: a new document, connected again while the database still fails.
      const reloaded = await scene.connect(scene.meeting.people.chair);
      expect(unsavedText(typed.one, paragraphText(reloaded.doc, PARAGRAPH_ONE))).toBe('UNSAVED');
      expect(unsavedText(typed.two, paragraphText(reloaded.doc, PARAGRAPH_TWO))).toBe('ALSO UNSAVED');
    } finally {
      await scene.database.db.execute(sql`alter table draft_updates drop constraint collab_test_refuse_all`);
    }
    expect(scene.server.errors.splice(0).join('\n')).toMatch(/could not store an update/);
    const chairAgain = await scene.connect(scene.meeting.people.chair);
    await chairMarker(chairAgain, france, 'Marker five. ');
    expect(paragraphText(france.doc, PARAGRAPH_ONE)).not.toContain('UNSAVED');
    expect(status(france.doc)).toBe('open');
    const stored = await storedDraft(scene.database.db, scene.meeting.draftId);
    expect(paragraphText(stored, PARAGRAPH_ONE)).not.toContain('UNSAVED');
    expect(status(stored)).toBe('open');
  });

  it('restores the exact document after a restart on the same database', async () => {
    const chair = await scene.connect(scene.meeting.people.chair);
    typeInto(chair.doc, PARAGRAPH_ONE, 0, 'Before restart. ');
    const france = await scene.connect(scene.meeting.people.frenchDelegate);
    typeInto(france.doc, PARAGRAPH_TWO, 0, 'French idea. ', marked(scene.meeting.people.frenchDelegate, scene.meeting.france));
    await waitFor(() => paragraphText(chair.doc, PARAGRAPH_TWO).startsWith('French idea. '), 'chair sees the proposal');
    const before = Y.encodeStateAsUpdate(chair.doc);
    await scene.restartServer();
    const after = await scene.connect(scene.meeting.people.viewer);
    const expected = new Y.Doc();
    Y.applyUpdate(expected, before);
    expect(Y.encodeStateVector(after.doc)).toEqual(Y.encodeStateVector(expected));
    expect(after.doc.getMap('paragraphs').toJSON()).toEqual(expected.getMap('paragraphs').toJSON());
    expect(after.doc.getArray('order').toJSON()).toEqual(expected.getArray('order').toJSON());
  });
});
