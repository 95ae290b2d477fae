import { describe, expect, it } from 'vitest';
import { CANADA, MEXICO, NAMES, del, draftDoc, inBrackets, ins, plain, withMarks } from '@/test-support/negotiation/build-runs';
import { describeParagraphs } from './describe-draft';

const delegations = Object.entries(NAMES).map(([id, name]) => ({ id, name }));
const outer = { id: 'b-outer', note: 'Canada, supported by Mexico; Japan: delete' };

function draft() {
  return draftDoc([
    {
      id: 'op8',
      label: '8',
      kind: 'OP',
      runs: [
        plain('States parties '),
        withMarks(del('should', 'mex', MEXICO), { 'deletion--can': { proposal: 'can', delegation: CANADA, author: 'u-can', at: 'x' } }),
        ins('shall', 'mex', MEXICO),
        ins('may', 'can', CANADA),
        plain(' '),
        inBrackets('provide training to ', outer),
        inBrackets('front-line', outer, { id: 'b-inner' }),
        inBrackets(' officers', outer),
        plain('.'),
      ],
    },
    {
      id: 'op10',
      label: '10',
      kind: 'OP',
      runs: [
        plain('The Working Group recommends that:'),
        inBrackets('States parties should designate national focal points.', { id: 'o1', spot: 's', form: 'option', option: 'Option 1', delegation: MEXICO }),
        inBrackets('No text.', { id: 'o2', spot: 's', form: 'option', option: 'Option 2', noText: true }),
      ],
    },
  ]);
}

describe('describeParagraphs', () => {
  it('renders the whole paragraph in the convention, keeps the raw text, and lists alternatives of a set', () => {
    const [op8] = describeParagraphs(draft(), delegations);
    expect(op8?.text).toBe('States parties shouldshallmay provide training to front-line officers.');
    expect(op8?.rendered).toBe(
      'States parties [replace: should | with: alt 1: shall (Mexico) / alt 2: may (Canada)] [provide training to [front-line] officers] (Canada, supported by Mexico; Japan: delete).',
    );
    expect(op8?.renderedWithoutAttribution).toBe('States parties [replace: should | with: alt 1: shall / alt 2: may] [provide training to [front-line] officers].');
    expect(op8?.cleanText).toBe('States parties should [provide training to [front-line] officers].');
    expect(op8?.proposals.map((proposal) => [proposal.id, proposal.delegation.name, proposal.set, proposal.alternative])).toEqual([
      ['mex', 'Mexico', 'mex', 1],
      ['can', 'Canada', 'mex', 2],
    ]);
    expect(op8?.brackets).toEqual([
      { id: 'b-outer', text: 'provide training to front-line officers', spot: null, form: null, option: null, noText: false, delegation: null, note: outer.note },
      { id: 'b-inner', text: 'front-line', spot: null, form: null, option: null, noText: false, delegation: null, note: null },
    ]);
  });

  it('puts each option on its own line and lists the options as brackets of one spot', () => {
    const [, op10] = describeParagraphs(draft(), delegations);
    expect(op10?.rendered).toBe('The Working Group recommends that:\nOption 1: States parties should designate national focal points. (Mexico)\nOption 2: No text.');
    expect(op10?.renderedWithoutAttribution).toBe('The Working Group recommends that:\nOption 1: States parties should designate national focal points.\nOption 2: No text.');
    expect(op10?.brackets.map((bracket) => [bracket.id, bracket.spot, bracket.form, bracket.option, bracket.noText, bracket.delegation?.name ?? null])).toEqual([
      ['o1', 's', 'option', 'Option 1', false, 'Mexico'],
      ['o2', 's', 'option', 'Option 2', true, null],
    ]);
  });
});
