import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '@/lib/collab/protocol';
import { encodeSyncUpdate } from './frames';
import type { TestClient } from '@/test-support/collab/connect-test-client';
import { paragraphText, storedDraft, typeInto } from '@/test-support/collab/draft-reading';
import { PARAGRAPH_ONE, type SeededUser } from '@/test-support/collab/seed-collab-meeting';
import { countDraftUpdates } from '@/test-support/collab/seed-draft';
import { waitFor } from '@/test-support/collab/wait-for';
import { useCollabScene } from '@/test-support/collab/use-collab-scene';

/**
 * A Yjs client id belongs to the user who first wrote with it, and a proposal id to the
 * delegation and author who made it, also after the draft was unloaded: both are rebuilt from
 * the update log when the draft loads again.
 */

const scene = useCollabScene();

/** Sends, over `client`'s socket, an edit of its document written under `clientId`. */
function writeUnder(client: TestClient, clientId: number, edit: (doc: Y.Doc) => void): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(client.doc));
  doc.clientID = clientId;
  const before = Y.encodeStateVector(doc);
  edit(doc);
  client.provider.ws?.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc, before)));
}

function marked(user: SeededUser, delegation: string, proposal: string = randomUUID()): Record<string, unknown> {
  return { insertion: { proposal, delegation, author: user.userId, at: new Date().toISOString() } };
}


describe('client ids and proposal ids stay their owners\' after the draft is unloaded', () => {
  it("refuses a delegate reusing another delegate's client id after a reload, and lets its owner go on", async () => {
    const { people } = scene.meeting;
    const france = await scene.connect(people.frenchDelegate);
    const frenchId = france.doc.clientID;
    typeInto(france.doc, PARAGRAPH_ONE, 0, 'Noting ', marked(people.frenchDelegate, scene.meeting.france));
    await waitFor(async () => paragraphText(await storedDraft(scene.database.db, scene.meeting.draftId), PARAGRAPH_ONE).startsWith('Noting '), 'stored');
    await scene.restartServer();

    const rows = await countDraftUpdates(scene.database.db, scene.meeting.draftId);
    const mexico = await scene.connect(people.mexicanDelegate);
    writeUnder(mexico, frenchId, (doc) => typeInto(doc, PARAGRAPH_ONE, 0, 'Also ', marked(people.mexicanDelegate, scene.meeting.mexico)));
    await waitFor(() => mexico.closeCodes.length > 0, 'Mexico is closed');
    expect(mexico.closeCodes[0]).toBe(CLOSE.refused);
    expect(mexico.refusals[0]?.reason).toMatch(/another participant's editing session/);
    expect(await countDraftUpdates(scene.database.db, scene.meeting.draftId)).toBe(rows);

    const back = await scene.connect(people.frenchDelegate);
    writeUnder(back, frenchId, (doc) => typeInto(doc, PARAGRAPH_ONE, 0, 'Further ', marked(people.frenchDelegate, scene.meeting.france)));
    await waitFor(async () => (await countDraftUpdates(scene.database.db, scene.meeting.draftId)) === rows + 1, 'France writes on');
    expect(back.refusals).toEqual([]);
  });

  it('refuses the chair writing under the client id the draft was created with', async () => {
    await scene.restartServer();
    const stored = await storedDraft(scene.database.db, scene.meeting.draftId);
    const creator = [...Y.decodeStateVector(Y.encodeStateVector(stored)).keys()][0];
    if (creator === undefined) throw new Error('the draft has content');
    const chair = await scene.connect(scene.meeting.people.chair);
    writeUnder(chair, creator, (doc) => typeInto(doc, PARAGRAPH_ONE, 0, 'Chair text. '));
    await waitFor(() => chair.closeCodes.length > 0, 'the chair is closed');
    expect(chair.refusals[0]?.reason).toMatch(/another participant's editing session/);
  });

  it("refuses reusing the id of a proposal decided before the reload, whose marks are gone", async () => {
    const { people } = scene.meeting;
    const france = await scene.connect(people.frenchDelegate);
    const proposal = randomUUID();
    typeInto(france.doc, PARAGRAPH_ONE, 0, 'Decided ', marked(people.frenchDelegate, scene.meeting.france, proposal));
    const chair = await scene.connect(people.chair);
    await waitFor(() => paragraphText(chair.doc, PARAGRAPH_ONE).startsWith('Decided '), 'the chair sees the proposal');
    chair.sendCommand({ type: 'acceptProposal', id: 'accept', paragraphId: PARAGRAPH_ONE, proposalId: proposal });
    await waitFor(() => chair.replies.some((reply) => reply.id === 'accept'), 'the acceptance is answered');
    expect(chair.replies.find((reply) => reply.id === 'accept')).toMatchObject({ ok: true });
    await scene.restartServer();

    const rows = await countDraftUpdates(scene.database.db, scene.meeting.draftId);
    const mexico = await scene.connect(people.mexicanDelegate);
    typeInto(mexico.doc, PARAGRAPH_ONE, 0, 'Stolen ', marked(people.mexicanDelegate, scene.meeting.mexico, proposal));
    await waitFor(() => mexico.closeCodes.length > 0, 'Mexico is closed');
    expect(mexico.refusals[0]?.reason).toMatch(/reuses the id of another delegation's or another person's proposal/);
    expect(await countDraftUpdates(scene.database.db, scene.meeting.draftId)).toBe(rows);
  });
});
