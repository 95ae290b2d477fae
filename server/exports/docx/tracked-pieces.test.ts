import { describe, expect, it } from 'vitest';
import { CANADA, EU, MEXICO, del, inBrackets, ins, names, plain, withMarks } from '@/test-support/negotiation/build-runs';
import type { TextRun } from '@/lib/negotiation/draft-doc';
import { trackedPieces, type TrackedPiece } from './tracked-pieces';

const NONE = { insertion: null, deletion: null };

/** "text", "+Mexico:shall", "-Mexico:should", "±Canada/Mexico:words", "<set", ">set". */
function describe_(pieces: TrackedPiece[]): string[] {
  return pieces.map((piece) => {
    if (piece.kind === 'anchor') return `${piece.edge === 'start' ? '<' : '>'}${piece.notes.map((note) => note.text).join(' | ')}`;
    if (piece.inserted && piece.deleted) return `±${names(piece.inserted.delegation)}/${names(piece.deleted.delegation)}:${piece.text}`;
    if (piece.inserted) return `+${names(piece.inserted.delegation)}:${piece.text}`;
    if (piece.deleted) return `-${names(piece.deleted.delegation)}:${piece.text}`;
    return piece.text;
  });
}

const canadaAlso = (run: TextRun) => withMarks(run, { 'deletion--can': { proposal: 'can', delegation: CANADA, author: 'u-can', at: 'x' } });

describe('trackedPieces', () => {
  it('turns lone proposals into insertions and deletions and keeps base brackets as literal text', () => {
    const runs = [plain('States '), del('shall', 'p1', MEXICO), ins('should', 'p1', MEXICO), plain(' '), inBrackets('consider', { id: 'b' }), plain('.')];
    expect(describe_(trackedPieces(runs, NONE, names))).toEqual(['States ', '-Mexico:shall', '+Mexico:should', ' ', '[', 'consider', ']', '.']);
  });

  it('tracks only the first alternative of a set; the others become notes by their delegation', () => {
    const runs = [plain('States parties '), canadaAlso(del('should', 'mex', MEXICO)), ins('shall', 'mex', MEXICO), ins('may', 'can', CANADA), plain(' provide training.')];
    expect(describe_(trackedPieces(runs, NONE, names))).toEqual([
      'States parties ',
      '<alt 2, Canada: may',
      '-Mexico:should',
      '+Mexico:shall',
      '>alt 2, Canada: may',
      ' provide training.',
    ]);
  });

  it('says so when an alternative strikes other words than the first', () => {
    const runs = [
      plain('States parties '),
      canadaAlso(del('should', 'mex', MEXICO)),
      ins('shall', 'mex', MEXICO),
      withMarks(plain(' consider'), { deletion: { proposal: 'can', delegation: CANADA, author: 'u-can', at: 'x' } }),
      ins(' may', 'can', CANADA),
      plain(' providing training.'),
    ];
    const pieces = describe_(trackedPieces(runs, NONE, names));
    expect(pieces).toContain('<alt 2, Canada: may (strikes “should consider”; alt 1 strikes “should”)');
    expect(pieces.filter((piece) => !piece.startsWith('<') && !piece.startsWith('>'))).toEqual(['States parties ', '-Mexico:should', '+Mexico:shall', ' consider', ' providing training.']);
  });

  it('makes words one delegation added and another strikes an insertion holding a deletion', () => {
    const runs = [plain('Invites donors'), withMarks(ins(' urgently', 'eu', EU), { deletion: { proposal: 'mx', delegation: MEXICO, author: 'u', at: 'x' } }), plain('.')];
    expect(describe_(trackedPieces(runs, NONE, names))).toEqual(['Invites donors', '±European Union/Mexico: urgently', '.']);
  });

  it('puts options after line breaks and keeps nested brackets, notes and proposals inside them', () => {
    const runs = [
      plain('The Working Group:'),
      inBrackets('States parties should designate', { id: 'o1', spot: 's', form: 'option', option: 'Option 1', note: 'Canada, supported by Mexico; Japan: delete' }),
      { ...ins(' national', 'eu', EU), attributes: { ...ins('', 'eu', EU).attributes, bracket: { by: 'u', id: 'o1', spot: 's', form: 'option', option: 'Option 1', note: 'Canada, supported by Mexico; Japan: delete' } } },
      inBrackets(' focal points.', { id: 'o1', spot: 's', form: 'option', option: 'Option 1', note: 'Canada, supported by Mexico; Japan: delete' }),
      inBrackets('No text.', { id: 'o2', spot: 's', form: 'option', option: 'Option 2', noText: true }),
    ];
    expect(describe_(trackedPieces(runs, NONE, names)).join('')).toBe(
      'The Working Group:\nOption 1: States parties should designate+European Union: national focal points. (Canada, supported by Mexico; Japan: delete)\nOption 2: No text.',
    );
  });

  it('deletes every word of a paragraph proposed for deletion, and inserts every word of a proposed new one', () => {
    const deletion = { proposal: 'pd', delegation: CANADA, author: 'u', at: 'x' };
    const pieces = trackedPieces([plain('Invites donors '), ins('urgently', 'p2', MEXICO), plain(' '), inBrackets('to act', { id: 'b' })], { insertion: null, deletion }, names);
    expect(describe_(pieces)).toEqual(['-Canada:Invites donors ', '±Mexico/Canada:urgently', '-Canada: ', '-Canada:[', '-Canada:to act', '-Canada:]']);
    const insertion = { proposal: 'pn', delegation: EU, author: 'u', at: 'x' };
    expect(describe_(trackedPieces([ins('Invites donors.', 'pn', EU)], { insertion, deletion: null }, names))).toEqual(['+European Union:Invites donors.']);
  });
});
