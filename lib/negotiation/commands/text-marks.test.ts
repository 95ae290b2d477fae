import { describe, expect, it } from 'vitest';
import { getParagraph, getParagraphRuns, getParagraphText, type TextRun } from '../draft-doc';
import { CANADA, MEXICO, del, draftDoc, ins, plain } from '@/test-support/negotiation/build-runs';
import { settleProposalInText, textHasProposal } from './text-marks';

function settle(runs: TextRun[], proposal: string, outcome: 'accept' | 'reject') {
  const doc = draftDoc([{ id: 'p', label: '1', kind: 'OP', runs }]);
  const paragraph = getParagraph(doc, 'p');
  const text = paragraph && getParagraphText(paragraph);
  if (!paragraph || !text) throw new Error('fixture');
  const result = doc.transact(() => settleProposalInText(text, proposal, outcome));
  return { result, runs: getParagraphRuns(paragraph), has: textHasProposal(text, proposal) };
}

const replacement = [plain('States '), del('shall', 'r', MEXICO), ins('should', 'r', MEXICO), plain(' act; '), ins('now', 'r', MEXICO)];

describe('settleProposalInText', () => {
  it('accepting keeps inserted words as plain text and drops deleted ones', () => {
    const { result, runs, has } = settle(replacement, 'r', 'accept');
    expect(runs).toEqual([{ insert: 'States should act; now' }]);
    expect(result).toEqual({ inserted: 'shouldnow', deleted: 'shall', found: true });
    expect(has).toBe(false);
  });

  it('rejecting drops inserted words and keeps deleted ones as plain text', () => {
    const { runs } = settle(replacement, 'r', 'reject');
    expect(runs).toEqual([{ insert: 'States shall act; ' }]);
  });

  it('leaves other proposals alone', () => {
    const { runs } = settle([ins('a', 'x', MEXICO), ins('b', 'y', CANADA)], 'x', 'reject');
    expect(runs).toEqual([ins('b', 'y', CANADA)]);
  });

  it('finds marks stored under hashed keys', () => {
    const attrs = { proposal: 'h', delegation: CANADA, author: 'u', at: 't' };
    const hashed: TextRun = { insert: 'gently ', attributes: { 'insertion--AbC12345': attrs } };
    const { runs } = settle([plain('Acts '), hashed, plain('now')], 'h', 'accept');
    expect(runs).toEqual([{ insert: 'Acts gently now' }]);
  });

  it('removes only the decided mark when two overlap', () => {
    const both: TextRun = {
      insert: 'very ',
      attributes: {
        insertion: { proposal: 'i', delegation: MEXICO, author: 'u', at: 't' },
        deletion: { proposal: 'd', delegation: CANADA, author: 'u', at: 't' },
      },
    };
    const accepted = settle([plain('a '), both, plain('b')], 'i', 'accept');
    const deletion = { proposal: 'd', delegation: CANADA, author: 'u', at: 't' };
    expect(accepted.runs).toEqual([plain('a '), { insert: 'very ', attributes: { deletion } }, plain('b')]);
    const rejected = settle([plain('a '), both, plain('b')], 'i', 'reject');
    expect(rejected.runs).toEqual([{ insert: 'a b' }]);
  });

  it('reports nothing found for an unknown proposal', () => {
    expect(settle([plain('x')], 'nope', 'accept').result.found).toBe(false);
  });
});
