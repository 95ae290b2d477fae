import { describe, expect, it } from 'vitest';
import { getParagraph } from './draft-doc';
import {
  renderAcceptedText,
  renderCleanText,
  renderParagraphDeletionNote,
  renderParagraphSegments,
  renderParagraphText,
} from './render';
import { CHAIR_DELEGATION } from './schema';
import { AT, CANADA, EU, MEXICO, bracket, del, draftDoc, ins, names, plain } from '@/test-support/negotiation/build-runs';

const text = (runs: Parameters<typeof renderParagraphText>[0]) => renderParagraphText(runs, { names });
const bare = (runs: Parameters<typeof renderParagraphText>[0]) =>
  renderParagraphText(runs, { names, attribution: false });

describe('renderParagraphText', () => {
  it('renders an insertion with its delegation, whitespace outside the brackets', () => {
    const runs = [plain('States parties '), ins('should ', 'p1', MEXICO), plain('consider')];
    expect(text(runs)).toBe('States parties [should] (Mexico) consider');
    expect(bare(runs)).toBe('States parties [should] consider');
  });

  it('renders a deletion', () => {
    const runs = [plain('States '), del('shall ', 'p1', MEXICO), plain('consider')];
    expect(text(runs)).toBe('States [delete: shall] (Mexico) consider');
    expect(bare(runs)).toBe('States [delete: shall] consider');
  });

  it('renders a deletion and insertion of one proposal as a replacement', () => {
    const runs = [plain('States '), del('shall', 'p1', MEXICO), ins('should', 'p1', MEXICO), plain(' consider')];
    expect(text(runs)).toBe('States [replace: shall | with: should] (Mexico) consider');
    expect(bare(runs)).toBe('States [replace: shall | with: should] consider');
  });

  it('renders adjacent insertions of different proposals as alternatives', () => {
    const runs = [plain('States '), ins('should', 'p1', MEXICO), ins('may', 'p2', CANADA), plain(' consider')];
    expect(text(runs)).toBe('States [alt 1: should (Mexico) / alt 2: may (Canada)] consider');
    expect(bare(runs)).toBe('States [alt 1: should / alt 2: may] consider');
  });

  it('renders a replacement and a bare insertion at the same place as alternatives, each with its own words', () => {
    const runs = [
      plain('States '),
      del('shall', 'p1', MEXICO),
      ins('should', 'p1', MEXICO),
      ins('may', 'p2', CANADA),
      plain(' consider'),
    ];
    expect(text(runs)).toBe('States [alt 1: replace: shall | with: should (Mexico) / alt 2: may (Canada)] consider');
    expect(bare(runs)).toBe('States [alt 1: replace: shall | with: should / alt 2: may] consider');
  });

  it('keeps a deletion and an insertion of different delegations apart', () => {
    const runs = [plain('States '), del('shall', 'p1', MEXICO), ins(' may', 'p2', CANADA), plain(' consider')];
    expect(text(runs)).toBe('States [delete: shall] (Mexico) [may] (Canada) consider');
  });

  it('renders bracketed base text without attribution and the chair as Chair', () => {
    const runs = [bracket('Recalling '), plain('the Protocol'), ins(', as amended', 'c1', CHAIR_DELEGATION)];
    expect(text(runs)).toBe('[Recalling] the Protocol[, as amended] (Chair)');
  });

  it('merges runs of one proposal split by formatting', () => {
    const runs = [ins('to ', 'p1', EU), ins('the extent possible', 'p1', EU)];
    expect(text(runs)).toBe('[to the extent possible] (European Union)');
  });

  it('treats words struck from another delegation pending insertion as a deletion', () => {
    const both = {
      insert: 'very ',
      attributes: {
        insertion: { proposal: 'p1', delegation: MEXICO, author: 'u', at: 'x' },
        'deletion--AbC12345': { proposal: 'p2', delegation: CANADA, author: 'u', at: 'x' },
      },
    };
    const runs = [ins('a ', 'p1', MEXICO), both, ins('important', 'p1', MEXICO)];
    expect(text(runs)).toBe('[a] (Mexico) [delete: very] (Canada) [important] (Mexico)');
    expect(renderCleanText(runs)).toBe('');
    expect(renderAcceptedText(runs)).toBe('a important');
  });
});

describe('renderParagraphSegments', () => {
  it('returns segments whose texts give back the paragraph, with proposal and delegation', () => {
    const runs = [
      plain('States '),
      del('shall', 'p1', MEXICO),
      ins('should', 'p1', MEXICO),
      plain(' '),
      bracket('consider'),
      plain(' '),
      ins('a', 'p2', MEXICO),
      ins('the', 'p3', CANADA),
    ];
    const segments = renderParagraphSegments(runs);
    expect(segments.map((s) => s.kind)).toEqual(['plain', 'replacement', 'plain', 'open', 'plain', 'close', 'plain', 'alternatives']);
    const replacement = segments[1];
    expect(replacement).toMatchObject({ kind: 'replacement', text: 'should', deleted: 'shall', delegation: MEXICO, proposal: 'p1' });
    const alternatives = segments[7];
    expect(alternatives?.kind === 'alternatives' && alternatives.alternatives.map((a) => a.proposal)).toEqual(['p2', 'p3']);
    expect(alternatives).toMatchObject({ text: 'a / the', deleted: null, delegation: null, proposal: null });
  });

  it('returns nothing for an empty paragraph', () => {
    expect(renderParagraphSegments([])).toEqual([]);
  });
});

describe('clean and accepted text', () => {
  const runs = [plain('States '), del('shall', 'p1', MEXICO), ins('should', 'p1', MEXICO), bracket(' consider')];

  it('drops insertions and keeps deletions when everything is rejected', () => {
    expect(renderCleanText(runs)).toBe('States shall consider');
  });

  it('keeps insertions and drops deletions when everything is accepted', () => {
    expect(renderAcceptedText(runs)).toBe('States should consider');
  });
});

describe('renderParagraphDeletionNote', () => {
  it('notes a proposal to delete the whole paragraph', () => {
    const doc = draftDoc([{ id: 'p', label: '1', kind: 'OP', runs: [plain('Urges.')] }]);
    const paragraph = getParagraph(doc, 'p')!;
    expect(renderParagraphDeletionNote(paragraph, { names })).toBeNull();
    doc.transact(() => paragraph.set('deletionProposal', { proposal: 'x', delegation: CANADA, author: 'u', at: AT }));
    expect(renderParagraphDeletionNote(paragraph, { names })).toBe('[delete paragraph] (Canada)');
    expect(renderParagraphDeletionNote(paragraph, { names, attribution: false })).toBe('[delete paragraph]');
  });
});
