import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getParagraph, getStatus } from '../draft-doc';
import { PARAGRAPH_KEYS, type ParagraphStatus } from '../schema';
import { MEXICO, actors, draftDoc, ins, options, plain } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';
import type { Command } from './schema';

const fixture = (status: ParagraphStatus = 'open', pending = false) =>
  draftDoc([{ id: 'p', label: '5', kind: 'OP', status, runs: [plain('Requests.'), ...(pending ? [ins(' more', 'i1', MEXICO)] : [])] }]);
const run = (doc: Y.Doc, actor: Actor, command: Command) => applyCommand(doc, actor, command, options());
const status = (doc: Y.Doc) => getStatus(getParagraph(doc, 'p')!);

describe('setStatus', () => {
  it('lets the chair record any status and audits the change', () => {
    const doc = fixture();
    const outcome = run(doc, actors.chair, { type: 'setStatus', paragraphId: 'p', status: 'agreed_informals' });
    expect(outcome).toEqual({
      ok: true,
      audit: [
        {
          action: 'setStatus',
          paragraphId: 'p',
          details: { label: '5', from: 'open', to: 'agreed_informals', reopened: false, settledDeletionProposal: null },
        },
      ],
    });
    expect(status(doc)).toBe('agreed_informals');
  });

  it('reopens an agreed paragraph', () => {
    const doc = fixture('agreed');
    const outcome = run(doc, actors.secretariat, { type: 'setStatus', paragraphId: 'p', status: 'open' });
    expect(outcome.ok && outcome.audit[0]?.details).toMatchObject({ from: 'agreed', to: 'open', reopened: true });
    expect(status(doc)).toBe('open');
  });

  it('refuses delegates, observers and viewers', () => {
    for (const actor of [actors.mexico, actors.observer, actors.viewer]) {
      expect(run(fixture(), actor, { type: 'setStatus', paragraphId: 'p', status: 'parked' })).toMatchObject({
        ok: false,
        error: "Only the chair or the secretariat can set a paragraph's status.",
      });
    }
  });

  it('refuses to mark a paragraph agreed while proposals are pending', () => {
    const doc = fixture('open', true);
    expect(run(doc, actors.chair, { type: 'setStatus', paragraphId: 'p', status: 'agreed' })).toMatchObject({
      ok: false,
      error: 'Paragraph 5 still has 1 pending proposal; accept or reject them before marking it agreed.',
      // The page words it in its reader's language from the key and the parameters.
      sentence: {
        key: 'server.command.pendingBeforeAgree',
        params: {
          name: { key: 'server.paragraph.named', params: { label: '5' } },
          count: 1,
          status: { key: 'server.status.agreed', params: {} },
        },
      },
    });
    expect(run(doc, actors.chair, { type: 'setStatus', paragraphId: 'p', status: 'parked' }).ok).toBe(true);
  });

  it('settles a pending deletion proposal when the paragraph is marked deleted', () => {
    const doc = fixture();
    run(doc, actors.mexico, { type: 'proposeParagraphDeletion', paragraphId: 'p' });
    const outcome = run(doc, actors.chair, { type: 'setStatus', paragraphId: 'p', status: 'deleted' });
    expect(outcome.ok && outcome.audit[0]?.details).toMatchObject({ settledDeletionProposal: 'new-1' });
    expect(getParagraph(doc, 'p')!.get(PARAGRAPH_KEYS.deletionProposal)).toBeUndefined();
  });

  it('changes nothing when the status is already set', () => {
    expect(run(fixture('parked'), actors.chair, { type: 'setStatus', paragraphId: 'p', status: 'parked' })).toEqual({ ok: true, audit: [] });
  });
});
