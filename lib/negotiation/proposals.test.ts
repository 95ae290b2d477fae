import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getParagraph, getProposals } from './draft-doc';
import { countByStatus, findProposal, listDraftProposals, listParagraphProposals } from './proposals';
import { PARAGRAPH_KEYS, PROPOSAL_KEYS } from './schema';
import { AT, CANADA, EU, MEXICO, del, draftDoc, ins, plain } from '@/test-support/negotiation/build-runs';

function setPositions(doc: Y.Doc, proposalId: string, positions: Record<string, string>): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    getProposals(doc).set(proposalId, entry);
    const map = new Y.Map<string>();
    entry.set(PROPOSAL_KEYS.positions, map);
    for (const [delegation, position] of Object.entries(positions)) map.set(delegation, position);
  });
}

describe('listParagraphProposals', () => {
  it('groups runs by proposal id, with a replacement as one proposal', () => {
    const doc = draftDoc([
      {
        id: 'p1',
        label: '1',
        kind: 'OP',
        runs: [
          plain('States '),
          del('shall', 'r1', MEXICO),
          ins('should', 'r1', MEXICO),
          plain(' consider '),
          ins('urgently ', 'i1', CANADA),
          del('measures', 'd1', EU),
          plain(' and '),
          ins('further', 'i1', CANADA),
        ],
      },
    ]);
    const proposals = listParagraphProposals(doc, 'p1');
    expect(proposals.map((p) => [p.id, p.kind, p.delegation, p.inserted, p.deleted])).toEqual([
      ['r1', 'replace', MEXICO, 'should', 'shall'],
      ['i1', 'insert', CANADA, 'urgently … further', ''],
      ['d1', 'delete', EU, '', 'measures'],
    ]);
    expect(proposals[0]).toMatchObject({ paragraphId: 'p1', author: `u-${MEXICO}`, at: AT, supporters: [], objectors: [] });
  });

  it('includes positions, sorted by delegation', () => {
    const doc = draftDoc([{ id: 'p1', label: '1', kind: 'OP', runs: [ins('should', 'i1', MEXICO)] }]);
    setPositions(doc, 'i1', { [EU]: 'support', [CANADA]: 'support', 'd-x': 'oppose' });
    const [proposal] = listParagraphProposals(doc, 'p1');
    expect(proposal?.supporters).toEqual([CANADA, EU]);
    expect(proposal?.objectors).toEqual(['d-x']);
  });

  it('lists a proposed new paragraph first and a proposed paragraph deletion last', () => {
    const attrs = (proposal: string, delegation: string) => ({ proposal, delegation, author: 'u', at: AT });
    const doc = draftDoc([
      {
        id: 'p1',
        label: '3 bis',
        kind: 'OP',
        proposedBy: MEXICO,
        insertionProposal: attrs('n1', MEXICO),
        runs: [ins('Encourages ', 'n1', MEXICO), ins('all ', 'i2', CANADA), ins('States.', 'n1', MEXICO)],
      },
    ]);
    doc.transact(() => getParagraph(doc, 'p1')?.set(PARAGRAPH_KEYS.deletionProposal, attrs('x1', EU)));
    const proposals = listParagraphProposals(doc, 'p1');
    expect(proposals.map((p) => [p.id, p.kind, p.inserted, p.deleted])).toEqual([
      ['n1', 'new_paragraph', 'Encourages … States.', ''],
      ['i2', 'insert', 'all ', ''],
      ['x1', 'delete_paragraph', '', ''],
    ]);
  });

  it('describes a paragraph deletion by the text it would remove', () => {
    const doc = draftDoc([{ id: 'p1', label: '1', kind: 'OP', runs: [plain('Decides '), ins('hereby ', 'i', MEXICO), plain('to act.')] }]);
    doc.transact(() =>
      getParagraph(doc, 'p1')?.set(PARAGRAPH_KEYS.deletionProposal, { proposal: 'x', delegation: EU, author: 'u', at: AT }),
    );
    expect(listParagraphProposals(doc, 'p1').at(-1)).toMatchObject({ kind: 'delete_paragraph', deleted: 'Decides to act.' });
  });

  it('returns nothing for an unknown paragraph', () => {
    expect(listParagraphProposals(new Y.Doc(), 'nope')).toEqual([]);
  });
});

describe('draft-wide listings', () => {
  const doc = draftDoc([
    { id: 'a', label: 'PP1', kind: 'PP', status: 'agreed', runs: [plain('Recalling.')] },
    { id: 'b', label: '1', kind: 'OP', runs: [ins('x', 'i1', MEXICO)] },
    { id: 'c', label: '2', kind: 'OP', status: 'parked', runs: [del('y', 'd1', CANADA)] },
    { id: 'd', label: '3', kind: 'OP', runs: [plain('z')] },
  ]);

  it('lists proposals in document order and finds one by id', () => {
    expect(listDraftProposals(doc).map((p) => [p.paragraphId, p.id])).toEqual([
      ['b', 'i1'],
      ['c', 'd1'],
    ]);
    expect(findProposal(doc, 'd1')?.paragraphId).toBe('c');
    expect(findProposal(doc, 'nope')).toBeNull();
  });

  it('counts paragraphs per status', () => {
    expect(countByStatus(doc)).toEqual({ open: 2, agreed_informals: 0, agreed_ad_ref: 0, agreed: 1, parked: 1, deleted: 0 });
  });
});
