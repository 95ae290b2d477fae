import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getOrder, getParagraph, getParagraphs, getProposals } from '@/lib/negotiation/draft-doc';
import { CLOSE } from '@/lib/collab/protocol';
import { PROPOSAL_KEYS } from '@/lib/negotiation/schema';
import { encodeSyncUpdate } from '../frames';
import { craftStructRun, STRUCT } from '@/test-support/collab/crafted-updates';
import { countDraftUpdates } from '@/test-support/collab/seed-draft';
import { textOf } from '@/test-support/validation/test-draft';
import type { TestClient } from '@/test-support/collab/connect-test-client';
import { waitFor } from '@/test-support/collab/wait-for';
import { expectAttackFails } from '@/test-support/tampering/expect-attack-fails';
import { MEXICAN_PROPOSAL, P_CLEAN, P_OPEN, P_PLAIN, proposalMark, startTamperingScene, type TamperingScene } from '@/test-support/tampering/tampering-scene';

/**
 * Tampering over the wire: everything but the words of a paragraph is written by the server in
 * answer to commands. Raw writes to statuses, labels, order and positions are refused; observers
 * and viewers write nothing at all.
 */

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

/** France supports Mexico's proposed deletion through the position buttons: the proposals entry now exists. */
async function franceSupportsMexico(france: TestClient): Promise<void> {
  france.sendCommand({ type: 'setPosition', id: 'support', proposalId: MEXICAN_PROPOSAL, position: 'support' });
  await waitFor(() => france.replies.some((reply) => reply.id === 'support'), 'the position is answered');
  expect(france.replies.find((reply) => reply.id === 'support')).toMatchObject({ ok: true });
}

function positionsOf(doc: Y.Doc, proposalId: string): Y.Map<string> {
  const positions = getProposals(doc).get(proposalId)?.get(PROPOSAL_KEYS.positions);
  if (!(positions instanceof Y.Map)) throw new Error(`no positions for ${proposalId}`);
  return positions as Y.Map<string>;
}

describe('tampering with the draft structure over the wire', () => {
  it("refuses a delegate changing a paragraph's status", async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.frenchDelegate });
    await expectAttackFails(stage, attacker, ({ doc }) => getParagraph(doc, P_PLAIN)?.set('status', 'agreed'), {
      kind: 'refused',
      reason: 'Only the chair can change the status of paragraph PP1.',
      paragraphId: P_PLAIN,
    });
  });

  it("refuses a delegate changing a paragraph's label", async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.mexicanDelegate });
    await expectAttackFails(stage, attacker, ({ doc }) => getParagraph(doc, P_OPEN)?.set('label', '1 bis'), {
      kind: 'refused',
      reason: /^Only the chair can change the number of paragraph /,
      paragraphId: P_OPEN,
    });
  });

  it('refuses a delegate changing the order of the paragraphs', async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.frenchDelegate });
    const moveFirstToEnd = ({ doc }: TestClient): void =>
      doc.transact(() => {
        const order = getOrder(doc);
        const first = order.get(0);
        order.delete(0, 1);
        order.push([first]);
      });
    await expectAttackFails(stage, attacker, moveFirstToEnd, { kind: 'refused', reason: 'Only the chair can change the order of the paragraphs.' });
  });

  it("refuses a delegate writing another delegation's support into the proposals map", async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.frenchDelegate });
    await franceSupportsMexico(attacker);
    await expectAttackFails(stage, attacker, ({ doc }) => positionsOf(doc, MEXICAN_PROPOSAL).set(scene.kenya, 'support'), {
      kind: 'refused',
      reason: /recorded with the position buttons/,
    });
  });

  it("refuses a delegate's command setting another delegation's position, keeping the connection", async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.frenchDelegate });
    const onBehalfOfKenya = (client: TestClient): void =>
      client.sendCommand({ type: 'setPosition', id: 'for-kenya', proposalId: MEXICAN_PROPOSAL, position: 'support', onBehalfOf: scene.kenya });
    await expectAttackFails(stage, attacker, onBehalfOfKenya, { kind: 'commandRefused', error: /only speak for your own delegation/ });
  });

  it("drops an observer's write: not applied, stored or broadcast, and no answer", async () => {
    const { meeting } = scene;
    const { stage, attacker } = await scene.stage({ attacker: scene.observer });
    const mark = proposalMark(meeting.france, scene.observer.userId);
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_PLAIN).insert(0, 'Also ', { insertion: mark }), { kind: 'dropped' });
  });

  it("drops a viewer's write: not applied, stored or broadcast, and no answer", async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.viewer });
    await expectAttackFails(stage, attacker, ({ doc }) => getParagraph(doc, P_PLAIN)?.set('status', 'agreed'), { kind: 'dropped' });
  });

  it('refuses an update to a paragraph id that does not exist', async () => {
    const ghostId = '7a3e0c11-0000-4000-8000-00000000dead';
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.mexicanDelegate });
    const writeGhost = ({ doc }: TestClient): void =>
      doc.transact(() => {
        const ghost = new Y.Map<unknown>();
        getParagraphs(doc).set(ghostId, ghost);
        ghost.set('status', 'open');
      });
    await expectAttackFails(stage, attacker, writeGhost, {
      kind: 'refused',
      reason: `Paragraph ${ghostId} does not exist in this draft.`,
      paragraphId: ghostId,
    });
  });

  it('refuses an update holding only a garbage-collected run of 2^40 clocks under a new client id', async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.frenchDelegate });
    await expectAttackFails(stage, attacker, (client) => client.provider.ws?.send(encodeSyncUpdate(craftStructRun(424_242, STRUCT.gc, 2 ** 40))), {
      kind: 'refused',
      reason: /claims far more edits than it contains/,
    });
  });

  it('closes 4429 a connection sending more than 4 MiB of changes in a minute, storing nothing beyond', async () => {
    const draftId = await scene.newDraft();
    const chair = await scene.connect(draftId, scene.meeting.people.chair);
    const rows = await countDraftUpdates(scene.database.db, draftId);
    const paste = 'Recalling its resolutions. '.repeat(33_000);
    for (let index = 1; index <= 4; index++) {
      textOf(chair.doc, P_CLEAN).insert(0, paste);
      await waitFor(async () => (await countDraftUpdates(scene.database.db, draftId)) === rows + index, `paste ${index} stored`);
    }
    textOf(chair.doc, P_CLEAN).insert(0, paste);
    await waitFor(() => chair.closeCodes.length > 0, 'the chair is closed');
    expect(chair.closeCodes[0]).toBe(CLOSE.rateLimited);
    expect(chair.provider.shouldConnect).toBe(false);
    expect(await countDraftUpdates(scene.database.db, draftId)).toBe(rows + 4);
  });
});
