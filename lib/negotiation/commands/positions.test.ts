import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { listParagraphProposals } from '../proposals';
import { CANADA, EU, MEXICO, actors, draftDoc, ins, options, plain } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';
import type { Command } from './schema';

const fixture = (status: 'open' | 'agreed' = 'open') =>
  draftDoc([{ id: 'p', label: '2', kind: 'OP', status, runs: [plain('Urges '), ins('all ', 'i1', MEXICO), plain('States.')] }]);
const run = (doc: Y.Doc, actor: Actor, command: Command) => applyCommand(doc, actor, command, options());
const positions = (doc: Y.Doc) => {
  const [proposal] = listParagraphProposals(doc, 'p');
  return { supporters: proposal?.supporters, objectors: proposal?.objectors };
};

describe('setPosition', () => {
  it('records support and opposition of a delegate for their own delegation', () => {
    const doc = fixture();
    const outcome = run(doc, actors.canada, { type: 'setPosition', proposalId: 'i1', position: 'support' });
    expect(outcome).toEqual({
      ok: true,
      audit: [{ action: 'setPosition', paragraphId: 'p', proposalId: 'i1', delegationId: CANADA, details: { position: 'support', previous: null } }],
    });
    expect(positions(doc)).toEqual({ supporters: [CANADA], objectors: [] });
    run(doc, actors.canada, { type: 'setPosition', proposalId: 'i1', position: 'oppose' });
    expect(positions(doc)).toEqual({ supporters: [], objectors: [CANADA] });
    run(doc, actors.canada, { type: 'setPosition', proposalId: 'i1', position: null });
    expect(positions(doc)).toEqual({ supporters: [], objectors: [] });
  });

  it('lets the secretariat speak for a delegation of the meeting, and only then', () => {
    const doc = fixture();
    expect(run(doc, actors.secretariat, { type: 'setPosition', proposalId: 'i1', position: 'support', onBehalfOf: EU }).ok).toBe(true);
    expect(positions(doc).supporters).toEqual([EU]);
    expect(run(doc, actors.secretariat, { type: 'setPosition', proposalId: 'i1', position: 'support' })).toMatchObject({
      ok: false,
      error: 'Choose the delegation that has the floor before speaking on its behalf.',
    });
    expect(run(doc, actors.secretariat, { type: 'setPosition', proposalId: 'i1', position: 'support', onBehalfOf: 'd-unknown' })).toMatchObject({
      ok: false,
      error: 'That delegation is not part of this meeting.',
    });
  });

  it('refuses a delegate speaking for another delegation, the chair, observers and viewers', () => {
    const doc = fixture();
    expect(run(doc, actors.canada, { type: 'setPosition', proposalId: 'i1', position: 'support', onBehalfOf: EU })).toMatchObject({
      ok: false,
      error: 'You can only speak for your own delegation.',
    });
    for (const actor of [actors.chair, actors.observer, actors.viewer]) {
      expect(run(doc, actor, { type: 'setPosition', proposalId: 'i1', position: 'support' })).toMatchObject({
        ok: false,
        error: 'Your role cannot support or oppose proposals.',
      });
    }
  });

  it('refuses positions on own proposals, unknown proposals and agreed paragraphs', () => {
    expect(run(fixture(), actors.mexico, { type: 'setPosition', proposalId: 'i1', position: 'support' }).ok).toBe(false);
    expect(run(fixture(), actors.canada, { type: 'setPosition', proposalId: 'nope', position: 'support' }).ok).toBe(false);
    expect(run(fixture('agreed'), actors.canada, { type: 'setPosition', proposalId: 'i1', position: 'support' })).toMatchObject({
      ok: false,
      error: 'Paragraph 2 is agreed; reopen it first.',
    });
  });

  it('changes nothing when the position is already recorded', () => {
    const doc = fixture();
    run(doc, actors.canada, { type: 'setPosition', proposalId: 'i1', position: 'support' });
    expect(run(doc, actors.canada, { type: 'setPosition', proposalId: 'i1', position: 'support' })).toEqual({ ok: true, audit: [] });
  });
});
