import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Actor } from '../actor';
import { getParagraph, getParagraphRuns, getProposals, getStatus } from '../draft-doc';
import { listParagraphProposals } from '../proposals';
import { renderParagraphText } from '../render';
import type { TextRun } from '../draft-doc';
import { CANADA, MEXICO, actors, del, draftDoc, inBrackets, ins, names, options, plain, withMarks } from '@/test-support/negotiation/build-runs';
import { applyCommand } from './apply-command';
import type { Command } from './schema';

const run = (doc: Y.Doc, actor: Actor, command: Command) => applyCommand(doc, actor, command, options());
const rendered = (doc: Y.Doc, id = 'p') => renderParagraphText(getParagraphRuns(getParagraph(doc, id)!), { names });
const raw = (doc: Y.Doc, id = 'p') => getParagraphRuns(getParagraph(doc, id)!).map((r) => r.insert).join('');
const doc = (runs: TextRun[]) => draftDoc([{ id: 'p', label: '3', kind: 'OP', runs }]);

/** Mexico: should -> shall; Canada: should -> may (both strike "should"). */
function competing(): Y.Doc {
  const canadaStrikes = { 'deletion--c': { proposal: 'can', delegation: CANADA, author: 'u-can', at: 'x' } };
  return doc([
    plain('States parties '),
    withMarks(del('should', 'mex', MEXICO), canadaStrikes),
    ins('shall', 'mex', MEXICO),
    ins('may', 'can', CANADA),
    plain(' provide training.'),
  ]);
}

describe('competing proposals at one spot', () => {
  it('lists both as alternatives of one set', () => {
    const proposals = listParagraphProposals(competing(), 'p');
    expect(proposals.map((p) => [p.id, p.set, p.alternative])).toEqual([
      ['mex', 'mex', 1],
      ['can', 'mex', 2],
    ]);
  });

  it('accepting one alternative rejects the other in the same command, and audits both', () => {
    const d = competing();
    const outcome = run(d, actors.chair, { type: 'acceptProposal', paragraphId: 'p', proposalId: 'can' });
    expect(outcome.ok).toBe(true);
    expect(raw(d)).toBe('States parties may provide training.');
    expect(listParagraphProposals(d, 'p')).toEqual([]);
    expect(outcome.ok && outcome.audit.map((a) => [a.action, a.proposalId, a.details?.fellWith ?? null])).toEqual([
      ['rejectProposal', 'mex', 'can'],
      ['acceptProposal', 'can', null],
    ]);
    expect(getProposals(d).has('mex')).toBe(false);
  });

  it('rejecting one alternative leaves the other whole', () => {
    const d = competing();
    expect(run(d, actors.chair, { type: 'rejectProposal', paragraphId: 'p', proposalId: 'mex' }).ok).toBe(true);
    expect(rendered(d)).toBe('States parties [replace: should | with: may] (Canada) provide training.');
  });

  it('accept-all refuses while a set is unresolved, naming it, and changes nothing', () => {
    const d = competing();
    const before = raw(d);
    const outcome = run(d, actors.chair, { type: 'acceptAll', paragraphId: 'p' });
    expect(outcome).toMatchObject({
      ok: false,
      error:
        'Paragraph 3 holds competing proposals at one spot: "shall" (alt 1) / "may" (alt 2). Accept one alternative of each first; accepting all of them would write a text nobody proposed.',
    });
    expect(raw(d)).toBe(before);
  });

  it('reject-all restores the text', () => {
    const d = competing();
    expect(run(d, actors.chair, { type: 'rejectAll', paragraphId: 'p' }).ok).toBe(true);
    expect(raw(d)).toBe('States parties should provide training.');
  });
});

describe('agreeing a paragraph', () => {
  it('is refused while brackets or alternatives remain, naming them; informals may keep them', () => {
    const d = doc([
      inBrackets('Recognizing', { id: 'a', spot: 's', form: 'adjacent' }),
      inBrackets('Acknowledging', { id: 'b', spot: 's', form: 'adjacent' }),
      plain(' that '),
      inBrackets('victims', { id: 'c' }),
      plain(' are entitled to assistance,'),
    ]);
    for (const status of ['agreed', 'agreed_ad_ref'] as const) {
      const outcome = run(d, actors.chair, { type: 'setStatus', paragraphId: 'p', status });
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.error).toMatch(/^Paragraph 3 still holds 1 bracketed passage and 1 set of alternatives; lift the brackets/);
    }
    expect(run(d, actors.chair, { type: 'setStatus', paragraphId: 'p', status: 'agreed_informals' }).ok).toBe(true);
  });

  it('is refused while options are unresolved', () => {
    const d = doc([
      inBrackets('Encourages donors.', { id: 'a', spot: 's', form: 'option', option: 'Option 1' }),
      inBrackets('No text.', { id: 'b', spot: 's', form: 'option', option: 'Option 2', noText: true }),
    ]);
    const outcome = run(d, actors.chair, { type: 'setStatus', paragraphId: 'p', status: 'agreed' });
    expect(!outcome.ok && outcome.error).toContain('unresolved options');
  });
});

describe('resolving a spot and lifting brackets', () => {
  const adjacent = () =>
    doc([
      inBrackets('Recognizing', { id: 'a', spot: 's', form: 'adjacent', delegation: MEXICO }),
      plain(' '),
      inBrackets('Acknowledging', { id: 'b', spot: 's', form: 'adjacent' }),
      plain(' that '),
      inBrackets('all', { id: 'c' }),
      plain(' victims,'),
    ]);

  it('keeps one alternative: the others and the space between them fall, its brackets are lifted', () => {
    const d = adjacent();
    const outcome = run(d, actors.chair, { type: 'resolveSpot', paragraphId: 'p', spotId: 's', keepBracketId: 'b' });
    expect(outcome.ok).toBe(true);
    expect(rendered(d)).toBe('Acknowledging that [all] victims,');
    expect(outcome.ok && outcome.audit[0]).toMatchObject({
      action: 'resolveSpot',
      details: { kept: { bracket: 'b', text: 'Acknowledging' }, fell: [{ bracket: 'a', text: 'Recognizing' }] },
    });
  });

  it('keeps the first alternative as well', () => {
    const d = adjacent();
    expect(run(d, actors.secretariat, { type: 'resolveSpot', paragraphId: 'p', spotId: 's', keepBracketId: 'a' }).ok).toBe(true);
    expect(raw(d)).toBe('Recognizing that all victims,');
  });

  it('lifts a lone bracket, and refuses to lift one alternative of several', () => {
    const d = adjacent();
    expect(run(d, actors.chair, { type: 'liftBracket', paragraphId: 'p', bracketId: 'c' }).ok).toBe(true);
    expect(rendered(d)).toBe('[Recognizing] (Mexico) [Acknowledging] that all victims,');
    const outcome = run(d, actors.chair, { type: 'liftBracket', paragraphId: 'p', bracketId: 'a' });
    expect(!outcome.ok && outcome.error).toMatch(/keep one alternative instead/);
  });

  it('refuses delegates, and agreed paragraphs', () => {
    const d = adjacent();
    const outcome = run(d, actors.mexico, { type: 'resolveSpot', paragraphId: 'p', spotId: 's', keepBracketId: 'a' });
    expect(outcome).toMatchObject({ ok: false, error: 'Only the chair or the secretariat can accept or reject proposals.' });
  });

  it('keeps one option on the chapeau line; "No text" kept deletes the paragraph', () => {
    const options2 = () =>
      doc([
        plain('The Working Group:'),
        inBrackets('States parties should designate focal points.', { id: 'a', spot: 's', form: 'option', option: 'Option 1' }),
        inBrackets('No text.', { id: 'b', spot: 's', form: 'option', option: 'Option 2', noText: true }),
      ]);
    const d = options2();
    expect(run(d, actors.chair, { type: 'resolveSpot', paragraphId: 'p', spotId: 's', keepBracketId: 'a' }).ok).toBe(true);
    expect(rendered(d)).toBe('The Working Group: States parties should designate focal points.');
    const e = options2();
    expect(run(e, actors.chair, { type: 'resolveSpot', paragraphId: 'p', spotId: 's', keepBracketId: 'b' }).ok).toBe(true);
    expect(getStatus(getParagraph(e, 'p')!)).toBe('deleted');
  });

  it('drops the proposals inside a fallen alternative, recording them as fallen', () => {
    const d = doc([
      withMarks(inBrackets('should', { id: 'a', spot: 's', form: 'slash' }), del('x', 'mex', MEXICO).attributes ?? {}),
      inBrackets('may', { id: 'b', spot: 's', form: 'slash' }),
      plain(' act'),
    ]);
    const outcome = run(d, actors.chair, { type: 'resolveSpot', paragraphId: 'p', spotId: 's', keepBracketId: 'b' });
    expect(outcome.ok && outcome.audit.map((a) => a.action)).toEqual(['resolveSpot', 'rejectProposal']);
    expect(raw(d)).toBe('may act');
    expect(listParagraphProposals(d, 'p')).toEqual([]);
  });
});
