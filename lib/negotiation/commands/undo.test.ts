import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getLabel, getParagraph, getParagraphRuns, getParagraphText, getRoom, paragraphIds } from '../draft-doc';
import { listParagraphProposals } from '../proposals';
import { AT, CANADA, EU, MEXICO, actors, del, draftDoc, ins, options, plain, withMarks } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';
import { UNDO_WINDOW_MS, readDecisionRecord } from './decision-record';
import { canonicalJson } from './restore-text';
import type { Command } from './schema';

const attrs = (proposal: string, delegation: string) => ({ proposal, delegation, author: `u-${delegation}`, at: AT });

function fixture(): Y.Doc {
  return draftDoc([
    { id: 'p3', label: '3', kind: 'OP', runs: [plain('Recalls.')] },
    {
      id: 'p4',
      label: '4',
      kind: 'OP',
      runs: [
        plain('States '),
        del('shall', 'r1', MEXICO),
        ins('should', 'r1', MEXICO),
        plain(' consider '),
        withMarks(ins('urgently ', 'i1', CANADA), { 'bracket--abc': { id: 'b1', by: 'u-chair' } }),
        plain('measures.'),
      ],
    },
    { id: 'p4b', label: '4 bis', kind: 'OP', proposedBy: EU, insertionProposal: attrs('n1', EU), runs: [ins('Invites donors.', 'n1', EU)] },
    { id: 'p5', label: '5', kind: 'OP', runs: [plain('Requests.')] },
  ]);
}

const at = (ms: number) => new Date(Date.parse(AT) + ms);
const run = (doc: Y.Doc, actor: Actor, command: Command, now = at(0)) => applyCommand(doc, actor, command, options({ now }));
/** The whole document in a comparable form, without the undo record and empty top-level maps. */
const snapshot = (doc: Y.Doc) => {
  const copy = doc.toJSON() as Record<string, Record<string, unknown>>;
  delete copy.room?.lastDecision;
  for (const key of Object.keys(copy)) if (Object.keys(copy[key] ?? {}).length === 0) delete copy[key];
  return canonicalJson(copy);
};
const undo = (doc: Y.Doc, actor: Actor = actors.chair, now = at(1000)) =>
  run(doc, actor, { type: 'undoDecision', decisionId: readDecisionRecord(doc)?.id ?? 'none' }, now);
const pending = (doc: Y.Doc, paragraphId: string) => listParagraphProposals(doc, paragraphId).map((p) => [p.id, p.supporters, p.objectors]);

function supported(): Y.Doc {
  const doc = fixture();
  run(doc, actors.canada, { type: 'setPosition', proposalId: 'r1', position: 'support' });
  run(doc, actors.secretariat, { type: 'setPosition', proposalId: 'r1', position: 'oppose', onBehalfOf: EU });
  return doc;
}

describe('undoing a decision', () => {
  it('puts an accepted replacement back exactly, pending again with its supporters and objectors', () => {
    const doc = supported();
    const before = snapshot(doc);
    const runsBefore = getParagraphRuns(getParagraph(doc, 'p4')!);
    expect(run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'r1' }).ok).toBe(true);
    expect(readDecisionRecord(doc)).toMatchObject({ action: 'acceptProposal', paragraphId: 'p4', label: '4', proposalIds: ['r1'], by: 'u-chair' });

    const outcome = undo(doc);
    expect(outcome).toEqual({
      ok: true,
      audit: [
        {
          action: 'undoDecision',
          paragraphId: 'p4',
          details: expect.objectContaining({ undid: 'acceptProposal', label: '4', proposalIds: ['r1'] }) as unknown,
        },
      ],
    });
    expect(getParagraphRuns(getParagraph(doc, 'p4')!)).toEqual(runsBefore);
    expect(pending(doc, 'p4')).toEqual([
      ['r1', [CANADA], [EU]],
      ['i1', [], []],
    ]);
    expect(snapshot(doc)).toBe(before);
    expect(getRoom(doc).get('lastDecision')).toBeUndefined();
  });

  it('keeps the items of the words the decision left in place, so who wrote them stays on record', () => {
    const doc = fixture();
    const text = getParagraphText(getParagraph(doc, 'p4')!)!;
    run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'i1' });
    const removed: number[] = [];
    text.observe((event) => {
      for (const change of event.changes.delta) if (change.delete) removed.push(change.delete);
    });
    undo(doc);
    expect(removed).toEqual([]);
  });

  it('brings back a rejected new paragraph in its place, and every proposal of accept all', () => {
    const doc = fixture();
    const before = snapshot(doc);
    run(doc, actors.chair, { type: 'rejectProposal', paragraphId: 'p4b', proposalId: 'n1' });
    expect(paragraphIds(doc)).toEqual(['p3', 'p4', 'p5']);
    expect(undo(doc).ok).toBe(true);
    expect(paragraphIds(doc)).toEqual(['p3', 'p4', 'p4b', 'p5']);
    expect(snapshot(doc)).toBe(before);

    run(doc, actors.chair, { type: 'acceptAll', paragraphId: 'p4' });
    expect(listParagraphProposals(doc, 'p4')).toEqual([]);
    expect(undo(doc).ok).toBe(true);
    expect(snapshot(doc)).toBe(before);
  });

  it('undoes deleting a paragraph, settling its deletion proposal, and renumbering', () => {
    const doc = fixture();
    run(doc, actors.mexico, { type: 'proposeParagraphDeletion', paragraphId: 'p5' });
    const before = snapshot(doc);
    run(doc, actors.chair, { type: 'setStatus', paragraphId: 'p5', status: 'deleted' });
    expect(listParagraphProposals(doc, 'p5')).toEqual([]);
    expect(undo(doc).ok).toBe(true);
    expect(snapshot(doc)).toBe(before);
    expect(listParagraphProposals(doc, 'p5').map((p) => p.kind)).toEqual(['delete_paragraph']);

    run(doc, actors.chair, { type: 'renumber' });
    expect(paragraphIds(doc).map((id) => getLabel(getParagraph(doc, id)!))).toEqual(['1', '2', '3', '4']);
    // Typing elsewhere does not stand in the way of putting the labels back.
    getParagraphText(getParagraph(doc, 'p3')!)!.insert(0, 'Also ');
    expect(undo(doc).ok).toBe(true);
    expect(paragraphIds(doc).map((id) => getLabel(getParagraph(doc, id)!))).toEqual(['3', '4', '4 bis', '5']);
  });

  it('undoes accepting a proposal to delete the whole paragraph', () => {
    const doc = fixture();
    run(doc, actors.canada, { type: 'proposeParagraphDeletion', paragraphId: 'p3' });
    run(doc, actors.mexico, { type: 'setPosition', proposalId: 'new-1', position: 'oppose' });
    const before = snapshot(doc);
    run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p3', proposalId: 'new-1' });
    expect(getParagraph(doc, 'p3')?.get('status')).toBe('deleted');
    expect(undo(doc).ok).toBe(true);
    expect(snapshot(doc)).toBe(before);
    expect(pending(doc, 'p3')).toEqual([['new-1', [], [MEXICO]]]);
  });

  it('makes the alternatives that fell with the kept one pending again', () => {
    const doc = draftDoc([
      { id: 'p', label: '1', kind: 'OP', runs: [plain('States '), withMarks(del('shall', 'a', MEXICO), { 'deletion--x': attrs('b', CANADA) }), ins('should', 'a', MEXICO), ins('may', 'b', CANADA), plain('.')] },
    ]);
    const before = snapshot(doc);
    run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p', proposalId: 'b' });
    expect(readDecisionRecord(doc)?.proposalIds.sort()).toEqual(['a', 'b']);
    expect(undo(doc).ok).toBe(true);
    expect(snapshot(doc)).toBe(before);
  });
});

describe('refusing to undo', () => {
  it('refuses delegates, a decision older than the window and one that is not the latest', () => {
    const doc = fixture();
    run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'r1' });
    expect(undo(doc, actors.mexico)).toMatchObject({ ok: false, error: 'Only the chair or the secretariat can undo a decision.' });
    expect(undo(doc, actors.chair, at(UNDO_WINDOW_MS + 1))).toMatchObject({
      ok: false,
      error: 'It is more than 30 seconds since this decision, so it can no longer be undone; decide again instead.',
    });
    expect(run(doc, actors.chair, { type: 'undoDecision', decisionId: 'an-earlier-one' }, at(1000))).toMatchObject({
      ok: false,
      error: 'Another decision has been taken since; only the latest decision can be undone.',
    });
    expect(undo(doc, actors.secretariat, at(UNDO_WINDOW_MS)).ok).toBe(true);
    expect(undo(doc)).toMatchObject({ ok: false, error: 'There is no recent decision to undo.' });
  });

  it('keeps words typed since where they do not touch what the decision changed', () => {
    const doc = supported();
    run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'r1' });
    const text = getParagraphText(getParagraph(doc, 'p4')!)!;
    // "States should consider urgently measures." — Mexico adds words at both ends.
    text.insert(0, 'All ', { insertion: attrs('x', MEXICO) });
    text.insert(text.length - 1, ' now', { insertion: attrs('x', MEXICO) });
    expect(undo(doc).ok).toBe(true);
    expect(getParagraphRuns(getParagraph(doc, 'p4')!).map((r) => r.insert).join('')).toBe('All States shallshould consider urgently measures now.');
    expect(pending(doc, 'p4')).toEqual([
      ['x', [], []],
      ['r1', [CANADA], [EU]],
      ['i1', [], []],
    ]);
  });

  it('keeps a mark added since on words whose mark the decision removed', () => {
    const doc = fixture();
    run(doc, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'i1' });
    const at = 'States shallshould consider '.length;
    getParagraphText(getParagraph(doc, 'p4')!)!.format(at, 'urgently'.length, { deletion: attrs('d', MEXICO) });
    expect(undo(doc).ok).toBe(true);
    const urgently = getParagraphRuns(getParagraph(doc, 'p4')!).find((r) => r.insert === 'urgently');
    expect(urgently?.attributes).toMatchObject({ insertion: { proposal: 'i1' }, deletion: { proposal: 'd' } });
  });

  it('refuses when words were typed or struck where the decision changed the text, and changes nothing', () => {
    const typedInTheGap = fixture();
    run(typedInTheGap, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'r1' });
    // Where "shall" was, right before "should".
    getParagraphText(getParagraph(typedInTheGap, 'p4')!)!.insert('States '.length, 'must ', { insertion: attrs('x', CANADA) });
    const before = snapshot(typedInTheGap);
    expect(undo(typedInTheGap)).toMatchObject({
      ok: false,
      error: 'Paragraph 4 has changed since the decision (words typed where the decision changed the text); undoing now would lose that change, so nothing was undone.',
    });
    expect(snapshot(typedInTheGap)).toBe(before);

    const struck = fixture();
    run(struck, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'i1' });
    getParagraphText(getParagraph(struck, 'p4')!)!.delete('States shallshould consider '.length, 'urgently '.length);
    expect(undo(struck).ok).toBe(false);

    const restatused = fixture();
    run(restatused, actors.chair, { type: 'acceptProposal', paragraphId: 'p4', proposalId: 'r1' });
    restatused.transact(() => getParagraph(restatused, 'p4')!.set('label', '4 (old)'));
    expect(undo(restatused)).toMatchObject({
      ok: false,
      error: 'Paragraph 4 has changed since the decision (its label); undoing now would lose that change, so nothing was undone.',
      sentence: {
        key: 'server.command.undoChanged',
        params: { name: { key: 'server.paragraph.named', params: { label: '4' } }, part: { key: 'server.part.itsLabel', params: {} } },
      },
    });
  });

  it('is not a decision itself, and commands that change nothing leave the last decision in place', () => {
    const doc = fixture();
    run(doc, actors.chair, { type: 'setStatus', paragraphId: 'p3', status: 'parked' });
    const id = readDecisionRecord(doc)?.id;
    run(doc, actors.chair, { type: 'setStatus', paragraphId: 'p3', status: 'parked' });
    run(doc, actors.chair, { type: 'setFocus', paragraphId: 'p3' });
    expect(readDecisionRecord(doc)?.id).toBe(id);
  });
});
