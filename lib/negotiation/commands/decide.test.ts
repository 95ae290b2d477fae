import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getParagraph, getParagraphRuns, getProposals, getRoom, getStatus, paragraphIds } from '../draft-doc';
import { listParagraphProposals } from '../proposals';
import { PARAGRAPH_KEYS, type ParagraphStatus } from '../schema';
import { AT, CANADA, EU, MEXICO, actors, del, draftDoc, ins, options, plain } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';
import type { Command } from './schema';

const attrs = (proposal: string, delegation: string) => ({ proposal, delegation, author: `u-${delegation}`, at: AT });

function fixture(status: ParagraphStatus = 'open'): Y.Doc {
  return draftDoc([
    {
      id: 'p4',
      label: '4',
      kind: 'OP',
      status,
      runs: [plain('States '), del('shall', 'r1', MEXICO), ins('should', 'r1', MEXICO), plain(' consider '), ins('urgently ', 'i1', CANADA), plain('measures.')],
    },
    {
      id: 'p4b',
      label: '4 bis',
      kind: 'OP',
      proposedBy: EU,
      insertionProposal: attrs('n1', EU),
      runs: [ins('Invites donors.', 'n1', EU)],
    },
  ]);
}

const text = (doc: Y.Doc, id: string) => getParagraphRuns(getParagraph(doc, id)!).map((r) => r.insert).join('');
const run = (doc: Y.Doc, actor: Actor, command: Command) => applyCommand(doc, actor, command, options());

describe('accepting and rejecting proposals', () => {
  it('accepting a replacement removes the deleted words and keeps the new ones unmarked', () => {
    const doc = fixture();
    const outcome = run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'r1' });
    expect(outcome.ok).toBe(true);
    expect(text(doc, 'p4')).toBe('States should consider urgently measures.');
    expect(listParagraphProposals(doc, 'p4').map((p) => p.id)).toEqual(['i1']);
    expect(outcome.ok && outcome.audit).toEqual([
      {
        action: 'acceptProposal',
        paragraphId: 'p4',
        proposalId: 'r1',
        delegationId: MEXICO,
        details: { label: '4', kind: 'replace', inserted: 'should', deleted: 'shall', author: `u-${MEXICO}`, at: AT, supporters: [], objectors: [] },
      },
    ]);
  });

  it('rejecting a replacement restores the original words', () => {
    const doc = fixture();
    expect(run(doc, actors.secretariat, { type: 'rejectProposal', paragraphId: 'p4', proposalId: 'r1' }).ok).toBe(true);
    expect(text(doc, 'p4')).toBe('States shall consider urgently measures.');
    expect(getParagraphRuns(getParagraph(doc, 'p4')!)[0]).toEqual({ insert: 'States shall consider ' });
  });

  it('accepting an insertion keeps it, rejecting drops it', () => {
    const accepted = fixture();
    run(accepted, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'i1' });
    expect(text(accepted, 'p4')).toBe('States shallshould consider urgently measures.');
    const rejected = fixture();
    run(rejected, actors.chair, { type: 'rejectProposal', paragraphId: 'p4', proposalId: 'i1' });
    expect(text(rejected, 'p4')).toBe('States shallshould consider measures.');
  });

  it('accepting a new paragraph clears its proposal, rejecting removes it entirely', () => {
    const accepted = fixture();
    run(accepted, actors.chair, { type: 'acceptProposal', paragraphId: 'p4b', proposalId: 'n1' });
    const paragraph = getParagraph(accepted, 'p4b')!;
    expect(paragraph.get(PARAGRAPH_KEYS.proposedBy)).toBeUndefined();
    expect(paragraph.get(PARAGRAPH_KEYS.insertionProposal)).toBeUndefined();
    expect(getParagraphRuns(paragraph)).toEqual([{ insert: 'Invites donors.' }]);

    const rejected = fixture();
    rejected.transact(() => getRoom(rejected).set('focus', 'p4b'));
    const outcome = run(rejected, actors.chair, { type: 'rejectProposal', paragraphId: 'p4b', proposalId: 'n1' });
    expect(outcome.ok && outcome.audit[0]?.details).toMatchObject({ kind: 'new_paragraph', inserted: 'Invites donors.' });
    expect(paragraphIds(rejected)).toEqual(['p4']);
    expect(getParagraph(rejected, 'p4b')).toBeUndefined();
    expect(getRoom(rejected).get('focus')).toBeUndefined();
  });

  it('accepting a paragraph deletion marks it deleted; rejecting clears the proposal', () => {
    const accepted = fixture();
    run(accepted, actors.mexico, { type: 'proposeParagraphDeletion', paragraphId: 'p4' });
    const proposalId = listParagraphProposals(accepted, 'p4').at(-1)!.id;
    run(accepted, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId });
    expect(getStatus(getParagraph(accepted, 'p4')!)).toBe('deleted');
    expect(getParagraph(accepted, 'p4')!.get(PARAGRAPH_KEYS.deletionProposal)).toBeUndefined();

    const rejected = fixture();
    run(rejected, actors.mexico, { type: 'proposeParagraphDeletion', paragraphId: 'p4' });
    run(rejected, actors.chair, { type: 'rejectProposal', paragraphId: 'p4', proposalId });
    expect(getStatus(getParagraph(rejected, 'p4')!)).toBe('open');
    expect(getParagraph(rejected, 'p4')!.get(PARAGRAPH_KEYS.deletionProposal)).toBeUndefined();
  });

  it('records the positions taken in the audit and drops them from the document', () => {
    const doc = fixture();
    run(doc, actors.canada, { type: 'setPosition', proposalId: 'r1', position: 'support' });
    run(doc, actors.secretariat, { type: 'setPosition', proposalId: 'r1', position: 'oppose', onBehalfOf: EU });
    const outcome = run(doc, actors.chair, { type: 'rejectProposal', paragraphId: 'p4', proposalId: 'r1' });
    expect(outcome.ok && outcome.audit[0]?.details).toMatchObject({ supporters: [CANADA], objectors: [EU] });
    expect(getProposals(doc).has('r1')).toBe(false);
  });

  it('refuses delegates, agreed paragraphs and proposals already decided', () => {
    const doc = fixture();
    expect(run(doc, actors.mexico, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'i1' })).toMatchObject({
      ok: false,
      error: 'Only the chair or the secretariat can accept or reject proposals.',
    });
    expect(run(fixture('agreed'), actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'i1' })).toMatchObject({
      ok: false,
      error: 'Paragraph 4 is agreed; reopen it first.',
    });
    run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'i1' });
    const again = run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'i1' });
    expect(again.ok).toBe(false);
    expect(run(doc, actors.chair, { type: 'rejectProposal', paragraphId: 'gone', proposalId: 'i1' }).ok).toBe(false);
  });
});

describe('accept all and reject all', () => {
  it('accepts every pending proposal of the paragraph in one go', () => {
    const doc = fixture();
    const outcome = run(doc, actors.chair, { type: 'acceptAll', paragraphId: 'p4' });
    expect(text(doc, 'p4')).toBe('States should consider urgently measures.');
    expect(listParagraphProposals(doc, 'p4')).toEqual([]);
    expect(outcome.ok && outcome.audit.map((a) => [a.action, a.proposalId])).toEqual([
      ['acceptProposal', 'r1'],
      ['acceptProposal', 'i1'],
    ]);
  });

  it('rejects text proposals and then the new paragraph itself', () => {
    const doc = fixture();
    doc.transact(() => getParagraph(doc, 'p4b')!.set(PARAGRAPH_KEYS.deletionProposal, attrs('x1', MEXICO)));
    const outcome = run(doc, actors.chair, { type: 'rejectAll', paragraphId: 'p4b' });
    expect(outcome.ok && outcome.audit.map((a) => a.proposalId)).toEqual(['x1', 'n1']);
    expect(paragraphIds(doc)).toEqual(['p4']);
  });

  it('succeeds without changes when nothing is pending', () => {
    const doc = draftDoc([{ id: 'p', label: '1', kind: 'OP', runs: [plain('Clean.')] }]);
    expect(run(doc, actors.chair, { type: 'rejectAll', paragraphId: 'p' })).toEqual({ ok: true, audit: [] });
  });
});

describe('withdrawing a proposal', () => {
  it('lets a delegation withdraw its own proposal, audited as a withdrawal', () => {
    const doc = fixture();
    const outcome = run(doc, actors.canada, { type: 'withdrawProposal', paragraphId: 'p4', proposalId: 'i1' });
    expect(outcome.ok && outcome.audit[0]).toMatchObject({ action: 'withdrawProposal', proposalId: 'i1', delegationId: CANADA });
    expect(text(doc, 'p4')).toBe('States shallshould consider measures.');
  });

  it("refuses to withdraw another delegation's proposal", () => {
    const doc = fixture();
    expect(run(doc, actors.mexico, { type: 'withdrawProposal', paragraphId: 'p4', proposalId: 'i1' })).toMatchObject({
      ok: false,
      error: "You can only withdraw your own delegation's proposals.",
    });
    expect(text(doc, 'p4')).toContain('urgently');
  });

  it('lets the chair and the secretariat withdraw any proposal, but not in an agreed paragraph', () => {
    expect(run(fixture(), actors.secretariat, { type: 'withdrawProposal', paragraphId: 'p4', proposalId: 'i1' }).ok).toBe(true);
    expect(run(fixture(), actors.chair, { type: 'withdrawProposal', paragraphId: 'p4b', proposalId: 'n1' }).ok).toBe(true);
    expect(run(fixture('agreed'), actors.canada, { type: 'withdrawProposal', paragraphId: 'p4', proposalId: 'i1' })).toMatchObject({
      ok: false,
      error: 'Paragraph 4 is agreed; reopen it first.',
    });
  });

  it('refuses observers', () => {
    const outcome = run(fixture(), actors.observer, { type: 'withdrawProposal', paragraphId: 'p4', proposalId: 'i1' });
    expect(outcome).toMatchObject({ ok: false, error: 'Your role cannot withdraw proposals.' });
  });
});
