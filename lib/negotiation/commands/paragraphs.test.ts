import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getKind, getLabel, getParagraph, getParagraphRuns, getProposals, paragraphIds } from '../draft-doc';
import { listParagraphProposals } from '../proposals';
import { renderParagraphText } from '../render';
import { AT, CANADA, EU, MEXICO, actors, draftDoc, names, options, plain } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';
import { labelForNewParagraph } from './paragraphs';
import type { Command } from './schema';

const fixture = () =>
  draftDoc([
    { id: 'pp1', label: 'PP1', kind: 'PP', runs: [plain('Recalling the Protocol,')] },
    { id: 'op1', label: '1', kind: 'OP', runs: [plain('Urges States.')] },
    { id: 'op2', label: '2', kind: 'OP', status: 'parked', runs: [plain('Invites donors.')] },
    { id: 'op3', label: '3', kind: 'OP', status: 'agreed', runs: [plain('Requests the secretariat.')] },
  ]);
const run = (doc: Y.Doc, actor: Actor, command: Command) => applyCommand(doc, actor, command, options());

describe('proposeParagraph', () => {
  it('inserts an attributed new paragraph after the given one, labelled bis', () => {
    const doc = fixture();
    const outcome = run(doc, actors.mexico, { type: 'proposeParagraph', afterParagraphId: 'op1', text: '  Calls upon\nStates.  ' });
    expect(outcome).toEqual({
      ok: true,
      audit: [
        {
          action: 'proposeParagraph',
          paragraphId: 'new-1',
          proposalId: 'new-2',
          delegationId: MEXICO,
          details: { label: '1 bis', kind: 'OP', afterParagraphId: 'op1', text: 'Calls upon States.' },
        },
      ],
    });
    expect(paragraphIds(doc)).toEqual(['pp1', 'op1', 'new-1', 'op2', 'op3']);
    const paragraph = getParagraph(doc, 'new-1')!;
    const proposal = { proposal: 'new-2', delegation: MEXICO, author: actors.mexico.userId, at: AT };
    expect(paragraph.get('proposedBy')).toBe(MEXICO);
    expect(paragraph.get('insertionProposal')).toEqual(proposal);
    expect(getParagraphRuns(paragraph)).toEqual([{ insert: 'Calls upon States.', attributes: { insertion: proposal } }]);
    expect(listParagraphProposals(doc, 'new-1').map((p) => p.kind)).toEqual(['new_paragraph']);
    expect(renderParagraphText(getParagraphRuns(paragraph), { names })).toBe('[Calls upon States.] (Mexico)');
    expect(getProposals(doc).get('new-2')?.get('delegation')).toBe(MEXICO);
  });

  it('labels a second insertion after the same paragraph ter, and takes the kind of the previous paragraph', () => {
    const doc = fixture();
    run(doc, actors.mexico, { type: 'proposeParagraph', afterParagraphId: 'pp1', text: 'Noting.' });
    applyCommand(doc, actors.chair, { type: 'proposeParagraph', afterParagraphId: 'pp1', text: 'Welcoming.' }, options({ newId: (() => { let n = 10; return () => `x-${(n += 1)}`; })() }));
    const labels = paragraphIds(doc).map((id) => getLabel(getParagraph(doc, id)!));
    expect(labels).toEqual(['PP1', 'PP1 ter', 'PP1 bis', '1', '2', '3']);
    expect(getKind(getParagraph(doc, 'x-11')!)).toBe('PP');
    expect(getParagraph(doc, 'x-11')!.get('proposedBy')).toBe('CHAIR');
  });

  it('may be added after an agreed paragraph, and in another kind', () => {
    const doc = fixture();
    const outcome = run(doc, actors.canada, { type: 'proposeParagraph', afterParagraphId: 'pp1', text: 'Decides.', kind: 'OP' });
    expect(outcome.ok && outcome.audit[0]?.details).toMatchObject({ label: 'new OP', kind: 'OP' });
    expect(run(doc, actors.canada, { type: 'proposeParagraph', afterParagraphId: 'op3', text: 'Decides also.' }).ok).toBe(true);
  });

  it('is made by the secretariat on behalf of a delegation of the meeting', () => {
    const doc = fixture();
    const outcome = run(doc, actors.secretariat, { type: 'proposeParagraph', afterParagraphId: 'op2', text: 'Encourages.', onBehalfOf: EU });
    expect(outcome.ok && outcome.audit[0]?.delegationId).toBe(EU);
    expect(run(doc, actors.secretariat, { type: 'proposeParagraph', afterParagraphId: 'op2', text: 'Encourages.' }).ok).toBe(false);
  });

  it('refuses observers, viewers, empty text and unknown paragraphs', () => {
    const doc = fixture();
    expect(run(doc, actors.observer, { type: 'proposeParagraph', afterParagraphId: 'op1', text: 'x' })).toMatchObject({
      ok: false,
      error: 'Your role cannot make proposals.',
    });
    expect(run(doc, actors.viewer, { type: 'proposeParagraph', afterParagraphId: 'op1', text: 'x' }).ok).toBe(false);
    expect(run(doc, actors.mexico, { type: 'proposeParagraph', afterParagraphId: 'op1', text: ' \n ' })).toMatchObject({
      ok: false,
      error: 'Type the text of the new paragraph first.',
    });
    expect(run(doc, actors.mexico, { type: 'proposeParagraph', afterParagraphId: 'gone', text: 'x' }).ok).toBe(false);
    expect(paragraphIds(doc)).toHaveLength(4);
  });
});

describe('labelForNewParagraph', () => {
  it('uses new OP / new PP when the kind changes', () => {
    expect(labelForNewParagraph('PP3', false, 'OP', ['PP3'])).toBe('new OP');
    expect(labelForNewParagraph('PP3', false, 'OP', ['PP3', 'new OP'])).toBe('new OP bis');
    expect(labelForNewParagraph('PP3', true, 'PP', ['PP3'])).toBe('PP3 bis');
  });
});

describe('proposeParagraphDeletion', () => {
  it('records a deletion proposal on an open paragraph', () => {
    const doc = fixture();
    const outcome = run(doc, actors.canada, { type: 'proposeParagraphDeletion', paragraphId: 'op1' });
    expect(outcome.ok && outcome.audit[0]).toMatchObject({ action: 'proposeParagraphDeletion', proposalId: 'new-1', delegationId: CANADA });
    expect(listParagraphProposals(doc, 'op1')).toMatchObject([{ kind: 'delete_paragraph', delegation: CANADA, deleted: 'Urges States.' }]);
  });

  it('refuses a parked or agreed paragraph, a second deletion and a proposed paragraph', () => {
    const doc = fixture();
    expect(run(doc, actors.canada, { type: 'proposeParagraphDeletion', paragraphId: 'op2' })).toMatchObject({
      ok: false,
      error: 'Paragraph 2 is parked; reopen it before making proposals.',
    });
    expect(run(doc, actors.chair, { type: 'proposeParagraphDeletion', paragraphId: 'op3' })).toMatchObject({
      ok: false,
      error: 'Paragraph 3 is agreed; reopen it first.',
    });
    run(doc, actors.canada, { type: 'proposeParagraphDeletion', paragraphId: 'op1' });
    expect(run(doc, actors.mexico, { type: 'proposeParagraphDeletion', paragraphId: 'op1' })).toMatchObject({
      ok: false,
      error: 'Deleting paragraph 1 is already proposed; support that proposal instead.',
    });
    run(doc, actors.mexico, { type: 'proposeParagraph', afterParagraphId: 'op1', text: 'New.' });
    const added = paragraphIds(doc)[2]!;
    expect(run(doc, actors.canada, { type: 'proposeParagraphDeletion', paragraphId: added }).ok).toBe(false);
  });
});
