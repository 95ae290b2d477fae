import type * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { offsetOf, textOf } from '@/test-support/validation/test-draft';
import { paragraphText } from '@/test-support/collab/draft-reading';
import { waitFor } from '@/test-support/collab/wait-for';
import { expectAttackFails } from '@/test-support/tampering/expect-attack-fails';
import { FRENCH_PROPOSAL, P_CLEAN, P_OPEN, P_PLAIN, proposalMark, startTamperingScene, type TamperingScene } from '@/test-support/tampering/tampering-scene';

/**
 * Tampering over the wire: a modified client sends crafted Yjs updates to the real server. Each
 * attack must leave the server's document, the database and every other client untouched, and
 * the sender is told why and closed with 4409.
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

describe('tampering with paragraph text over the wire', () => {
  it("refuses a delegate deleting another delegation's insertion", async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.mexicanDelegate });
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_OPEN).delete(offsetOf(doc, P_OPEN, 'to strengthen'), 3), {
      kind: 'refused',
      reason: /only remove its own proposed insertions/,
      paragraphId: P_OPEN,
    });
  });

  it("refuses a delegate deleting another delegation's words and retyping them identically under its mark", async () => {
    const { meeting } = scene;
    const { stage, attacker } = await scene.stage({ attacker: meeting.people.mexicanDelegate });
    const french = proposalMark(meeting.france, meeting.people.frenchDelegate.userId, FRENCH_PROPOSAL);
    await expectAttackFails(
      stage,
      attacker,
      ({ doc }) =>
        doc.transact(() => {
          const at = offsetOf(doc, P_OPEN, 'to strengthen');
          textOf(doc, P_OPEN).delete(at, 'to strengthen '.length);
          textOf(doc, P_OPEN).insert(at, 'to strengthen ', { insertion: french });
        }),
      { kind: 'refused', reason: /only remove its own proposed insertions/, paragraphId: P_OPEN },
    );
  });

  it('refuses a delegate removing base text of the draft', async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.frenchDelegate });
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_PLAIN).delete(0, 'Recalling '.length), {
      kind: 'refused',
      reason: /^Paragraph PP1: .*propose its deletion\. Your last change was not applied\.$/,
      paragraphId: P_PLAIN,
    });
  });

  it('refuses a delegate removing its own words once the chair accepted them', async () => {
    const { people } = scene.meeting;
    const { stage, attacker } = await scene.stage({ attacker: people.frenchDelegate });
    stage.presiding.sendCommand({ type: 'acceptProposal', id: 'accept', paragraphId: P_OPEN, proposalId: FRENCH_PROPOSAL });
    await waitFor(() => stage.presiding.replies.some((reply) => reply.id === 'accept'), 'the acceptance is answered');
    expect(stage.presiding.replies.find((reply) => reply.id === 'accept')).toMatchObject({ ok: true });
    await waitFor(() => textOf(attacker.doc, P_OPEN).toDelta().length === 3, 'the delegate sees its accepted words as plain text');
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_OPEN).delete(offsetOf(doc, P_OPEN, 'to strengthen'), 3), {
      kind: 'refused',
      reason: /propose its deletion/,
      paragraphId: P_OPEN,
    });
  });

  it('refuses a delegate inserting text with no mark', async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.frenchDelegate });
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_PLAIN).insert(0, 'Also ', {}), {
      kind: 'refused',
      reason: /must be marked as your delegation's proposal/,
      paragraphId: P_PLAIN,
    });
  });

  it("refuses a delegate inserting text under another delegation's mark", async () => {
    const { meeting } = scene;
    const { stage, attacker } = await scene.stage({ attacker: meeting.people.frenchDelegate });
    const forged = proposalMark(meeting.mexico, meeting.people.frenchDelegate.userId);
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_PLAIN).insert(0, 'Also ', { insertion: forged }), {
      kind: 'refused',
      reason: /only make proposals for your own delegation/,
      paragraphId: P_PLAIN,
    });
  });

  it("refuses a delegate inserting text under another user's id as author", async () => {
    const { meeting } = scene;
    const { stage, attacker } = await scene.stage({ attacker: meeting.people.frenchDelegate });
    const forged = proposalMark(meeting.france, scene.frenchColleague.userId);
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_PLAIN).insert(0, 'Also ', { insertion: forged }), {
      kind: 'refused',
      reason: /must name its real author/,
      paragraphId: P_PLAIN,
    });
  });

  it("refuses a delegate writing under another delegation's proposal id", async () => {
    const { meeting } = scene;
    const { stage, attacker } = await scene.stage({ attacker: meeting.people.mexicanDelegate });
    const forged = proposalMark(meeting.mexico, meeting.people.mexicanDelegate.userId, FRENCH_PROPOSAL);
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_PLAIN).insert(0, 'Also ', { insertion: forged }), {
      kind: 'refused',
      reason: /reuses the id of another delegation's or another person's proposal/,
      paragraphId: P_PLAIN,
    });
  });

  it('refuses a backdated proposal', async () => {
    const { meeting } = scene;
    const { stage, attacker } = await scene.stage({ attacker: meeting.people.frenchDelegate });
    const backdated = { ...proposalMark(meeting.france, meeting.people.frenchDelegate.userId), at: '2022-06-29T10:00:00.000Z' };
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_PLAIN).insert(0, 'Also ', { insertion: backdated }), {
      kind: 'refused',
      reason: /more than five minutes away from the server's clock/,
      paragraphId: P_PLAIN,
    });
  });

  it('gives a proposed new paragraph a proposal id of its own, whatever id the command names', async () => {
    const { meeting } = scene;
    const { stage, attacker } = await scene.stage({ attacker: meeting.people.mexicanDelegate });
    attacker.sendCommand({ type: 'proposeParagraph', id: 'new', afterParagraphId: P_CLEAN, text: 'Decides to act', proposal: FRENCH_PROPOSAL, proposalId: FRENCH_PROPOSAL });
    await waitFor(() => attacker.replies.some((reply) => reply.id === 'new'), 'the proposal is answered');
    expect(attacker.replies.find((reply) => reply.id === 'new')).toMatchObject({ ok: true });
    const added = [...attacker.doc.getMap<Y.Map<unknown>>('paragraphs').values()].find((paragraph) => paragraph.get('label') === '2 bis');
    const proposal = added?.get('insertionProposal') as { proposal?: string; delegation?: string } | undefined;
    expect(proposal?.delegation).toBe(meeting.mexico);
    expect(proposal?.proposal).not.toBe(FRENCH_PROPOSAL);
    expect(stage.presiding.doc.getMap('paragraphs').size).toBe(4);
  });

  it("refuses a delegate changing a bracket's attribution, and the chair reusing a bracket's id elsewhere", async () => {
    const { meeting } = scene;
    const { people } = meeting;
    const { stage, attacker } = await scene.stage({ attacker: people.frenchDelegate });
    const bracket = { id: 'bracket-1', by: people.secretariat.userId };
    textOf(stage.presiding.doc, P_PLAIN).format(0, 'Recalling'.length, { bracket });
    await waitFor(() => textOf(attacker.doc, P_PLAIN).toDelta().length === 2, 'the delegate sees the bracket');
    await expectAttackFails(stage, attacker, ({ doc }) => textOf(doc, P_PLAIN).format(0, 'Recalling'.length, { bracket: { ...bracket, delegation: meeting.france } }), {
      kind: 'refused',
      reason: /Only the chair can put text in brackets/,
      paragraphId: P_PLAIN,
    });
    const chair = stage.bystanders.find((client) => client.sessions[0]?.role === 'chair');
    if (!chair) throw new Error('the chair is watching');
    const others = { ...stage, bystanders: stage.bystanders.filter((client) => client !== chair) };
    await expectAttackFails(others, chair, ({ doc }) => textOf(doc, P_CLEAN).format(0, 'Requests'.length, { bracket: { ...bracket, by: people.chair.userId } }), {
      kind: 'refused',
      reason: /reuses the id of another bracket/,
      paragraphId: P_CLEAN,
    });
  });

  it("refuses a delegate removing another delegation's deletion mark", async () => {
    const { stage, attacker } = await scene.stage({ attacker: scene.meeting.people.frenchDelegate });
    await expectAttackFails(
      stage,
      attacker,
      ({ doc }) => textOf(doc, P_OPEN).format(offsetOf(doc, P_OPEN, 'cooperation'), 'cooperation'.length, { deletion: null }),
      { kind: 'refused', reason: /only withdraw your own delegation's proposals/, paragraphId: P_OPEN },
    );
  });

  it('refuses the chair editing an agreed paragraph without reopening it', async () => {
    const { stage, attacker: chair } = await scene.stage({ attacker: scene.meeting.people.chair });
    chair.sendCommand({ type: 'setStatus', id: 'agree', paragraphId: P_CLEAN, status: 'agreed' });
    await waitFor(() => chair.replies.some((reply) => reply.id === 'agree'), 'the status command is answered');
    expect(chair.replies.find((reply) => reply.id === 'agree')).toMatchObject({ ok: true });
    await expectAttackFails(stage, chair, ({ doc }) => textOf(doc, P_CLEAN).insert(0, 'Further ', {}), {
      kind: 'refused',
      reason: /^Paragraph 2 was agreed while you were typing; your last change was not applied\.$/,
      paragraphId: P_CLEAN,
    });
    expect(paragraphText(stage.presiding.doc, P_CLEAN)).toBe('Requests the secretariat to report to the Working Group');
  });
});
