import { describe, expect, it } from 'vitest';
import { CANADA, MEXICO, bracket, del, ins, plain } from '@/lib/negotiation/testing';
import { trackedPieces } from './tracked-pieces';

describe('trackedPieces', () => {
  it('turns pending proposals into insertions and deletions and keeps base brackets as text', () => {
    const pieces = trackedPieces([plain('States '), del('shall', 'p1', MEXICO), ins('should', 'p1', MEXICO), plain(' '), bracket('consider'), bracket(' carefully'), plain('.')], null);
    expect(pieces.map((piece) => [piece.kind, piece.text, piece.kind === 'plain' ? null : piece.proposal.delegation])).toEqual([
      ['plain', 'States ', null],
      ['deletion', 'shall', MEXICO],
      ['insertion', 'should', MEXICO],
      ['plain', ' [consider carefully].', null],
    ]);
  });

  it('makes the whole base text a deletion when the paragraph is proposed for deletion', () => {
    const deletion = { proposal: 'pd', delegation: CANADA, author: 'u', at: 'x' };
    const pieces = trackedPieces([plain('Invites donors '), ins('urgently', 'p2', MEXICO)], deletion);
    expect(pieces.map((piece) => [piece.kind, piece.text, piece.kind === 'plain' ? null : piece.proposal.delegation])).toEqual([
      ['deletion', 'Invites donors ', CANADA],
      ['insertion', 'urgently', MEXICO],
    ]);
  });
});
