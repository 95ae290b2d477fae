import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands';
import { compareDrafts } from './compare';
import type { NewParagraph } from './draft-doc';
import { CANADA, MEXICO, actors, del, draftDoc, inBrackets, ins, names, options, plain, withMarks } from '@/test-support/negotiation/build-runs';

function clone(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function run(doc: Y.Doc, command: Parameters<typeof applyCommand>[2]): void {
  const outcome = applyCommand(doc, actors.chair, command, options());
  if (!outcome.ok) throw new Error(outcome.error);
}

const P1: NewParagraph = { id: 'p1', label: '1', kind: 'OP', runs: [plain('Encourages States parties to cooperate.')] };
const P2: NewParagraph = {
  id: 'p2',
  label: '2',
  kind: 'OP',
  runs: [plain('Urges States '), ins('hereby ', 'prop-mx', MEXICO), plain('to protect victims.')],
};
const P3: NewParagraph = {
  id: 'p3',
  label: '3',
  kind: 'OP',
  runs: [plain('Requests the secretariat '), del('urgently ', 'prop-ca', CANADA), plain('to report.')],
};

describe('compareDrafts', () => {
  it('finds nothing between a draft and itself', () => {
    const doc = draftDoc([P1, P2, P3]);
    const result = compareDrafts(doc, clone(doc), { names });
    expect(result.counts).toEqual({ added: 0, removed: 0, moved: 0, changed: 0, unchanged: 3 });
    expect(result.paragraphs.map((p) => p.diff)).toEqual([
      [{ kind: 'same', text: 'Encourages States parties to cooperate.' }],
      [{ kind: 'same', text: 'Urges States [hereby] (Mexico) to protect victims.' }],
      [{ kind: 'same', text: 'Requests the secretariat [delete: urgently] (Canada) to report.' }],
    ]);
  });

  it('shows an accepted insertion as exactly its brackets and attribution falling away', () => {
    const before = draftDoc([P1, P2, P3]);
    const after = clone(before);
    run(after, { type: 'acceptProposal', paragraphId: 'p2', proposalId: 'prop-mx' });
    const result = compareDrafts(before, after, { names });
    expect(result.counts).toMatchObject({ changed: 1, unchanged: 2 });
    const p2 = result.paragraphs.find((p) => p.id === 'p2');
    expect(p2?.change).toBe('changed');
    expect(p2?.textChanged).toBe(true);
    expect(p2?.diff).toEqual([
      { kind: 'same', text: 'Urges States ' },
      { kind: 'deleted', text: '[' },
      { kind: 'same', text: 'hereby' },
      { kind: 'deleted', text: '] (Mexico)' },
      { kind: 'same', text: ' to protect victims.' },
    ]);
  });

  it('shows an accepted deletion as the struck words removed', () => {
    const before = draftDoc([P3]);
    const after = clone(before);
    run(after, { type: 'acceptProposal', paragraphId: 'p3', proposalId: 'prop-ca' });
    const [p3] = compareDrafts(before, after, { names }).paragraphs;
    expect(p3?.diff).toEqual([
      { kind: 'same', text: 'Requests the secretariat ' },
      { kind: 'deleted', text: '[delete: urgently] (Canada) ' },
      { kind: 'same', text: 'to report.' },
    ]);
  });

  it('reports a status change and a label change without a text change', () => {
    const before = draftDoc([P1, P2]);
    const after = clone(before);
    run(after, { type: 'setStatus', paragraphId: 'p1', status: 'agreed' });
    run(after, { type: 'setLabel', paragraphId: 'p2', label: '2 bis' });
    const [p1, p2] = compareDrafts(before, after, { names }).paragraphs;
    expect(p1).toMatchObject({ change: 'changed', statusChanged: true, textChanged: false, labelChanged: false });
    expect(p1?.before?.status).toBe('open');
    expect(p1?.after?.status).toBe('agreed');
    expect(p2).toMatchObject({ change: 'changed', labelChanged: true, statusChanged: false, textChanged: false });
    expect(p2?.after?.label).toBe('2 bis');
  });

  it('reports new and removed paragraphs, a removed one right after the paragraph it followed', () => {
    const before = draftDoc([P1, P2, P3]);
    const after = draftDoc([
      P1,
      { id: 'p1bis', label: '1 bis', kind: 'OP', runs: [ins('Invites donors.', 'prop-new', MEXICO)], proposedBy: MEXICO },
      P3,
    ]);
    const result = compareDrafts(before, after, { names });
    expect(result.paragraphs.map((p) => [p.id, p.change])).toEqual([
      ['p1', 'unchanged'],
      ['p2', 'removed'],
      ['p1bis', 'added'],
      ['p3', 'unchanged'],
    ]);
    expect(result.counts).toMatchObject({ added: 1, removed: 1, unchanged: 2 });
    expect(result.paragraphs[1]?.diff).toEqual([{ kind: 'deleted', text: 'Urges States [hereby] (Mexico) to protect victims.' }]);
    expect(result.paragraphs[2]?.diff).toEqual([{ kind: 'inserted', text: '[Invites donors.] (Mexico)' }]);
    expect(result.paragraphs[1]?.after).toBeNull();
    expect(result.paragraphs[2]?.before).toBeNull();
  });

  it('reports a moved paragraph, and only that one', () => {
    const before = draftDoc([P1, P2, P3]);
    const after = clone(before);
    run(after, { type: 'moveParagraph', paragraphId: 'p3', toIndex: 0 });
    const result = compareDrafts(before, after, { names });
    expect(result.paragraphs.map((p) => [p.id, p.change])).toEqual([
      ['p3', 'moved'],
      ['p1', 'unchanged'],
      ['p2', 'unchanged'],
    ]);
    expect(result.paragraphs[0]?.textChanged).toBe(false);
  });

  it('shows a pending deletion of the whole paragraph', () => {
    const before = draftDoc([P1]);
    const after = clone(before);
    const outcome = applyCommand(after, actors.canada, { type: 'proposeParagraphDeletion', paragraphId: 'p1' }, options());
    expect(outcome.ok).toBe(true);
    const [p1] = compareDrafts(before, after, { names }).paragraphs;
    expect(p1?.change).toBe('changed');
    expect(p1?.after?.deletionNote).toBe('[delete paragraph] (Canada)');
    expect(p1?.diff.at(-1)).toEqual({ kind: 'inserted', text: ' [delete paragraph] (Canada)' });
  });

  it('follows the rendered options and alternative sets: accepting one alternative, then keeping one option', () => {
    const option = (id: string, label: string, extra: object = {}) => ({ id, spot: 's', form: 'option' as const, option: label, ...extra });
    const inOption1 = (run: ReturnType<typeof plain>) => withMarks(run, { bracket: { by: 'u-chair', ...option('o1', 'Option 1', { delegation: MEXICO }) } });
    const before = draftDoc([
      {
        id: 'p10',
        label: '10',
        kind: 'OP',
        runs: [
          plain('The Working Group recommends that:'),
          inOption1(plain('States parties ')),
          inOption1(withMarks(del('should', 'mex', MEXICO), { 'deletion--can': { proposal: 'can', delegation: CANADA, author: 'u-can', at: 'x' } })),
          inOption1(ins('shall', 'mex', MEXICO)),
          inOption1(ins('may', 'can', CANADA)),
          inOption1(plain(' designate focal points.')),
          inBrackets('No text.', option('o2', 'Option 2', { noText: true, note: 'Japan, supported by Canada' })),
        ],
      },
    ]);
    const accepted = clone(before);
    run(accepted, { type: 'acceptProposal', paragraphId: 'p10', proposalId: 'can' });
    const [p10] = compareDrafts(before, accepted, { names }).paragraphs;
    expect(p10?.before?.text).toBe(
      'The Working Group recommends that:\nOption 1: States parties [replace: should | with: alt 1: shall (Mexico) / alt 2: may (Canada)] designate focal points. (Mexico)\nOption 2: No text. (Japan, supported by Canada)',
    );
    expect(p10?.after?.text).toBe('The Working Group recommends that:\nOption 1: States parties may designate focal points. (Mexico)\nOption 2: No text. (Japan, supported by Canada)');
    expect(p10?.diff[0]).toEqual({ kind: 'same', text: 'The Working Group recommends that:\nOption 1: States parties ' });
    expect(p10?.diff.at(-1)).toEqual({ kind: 'same', text: ' designate focal points. (Mexico)\nOption 2: No text. (Japan, supported by Canada)' });
    expect(p10?.diff.filter((segment) => segment.kind !== 'same').map((segment) => segment.text).join('')).not.toContain('\n');

    const resolved = clone(accepted);
    run(resolved, { type: 'resolveSpot', paragraphId: 'p10', spotId: 's', keepBracketId: 'o1' });
    const [kept] = compareDrafts(accepted, resolved, { names }).paragraphs;
    expect(kept?.after?.text).toBe('The Working Group recommends that: States parties may designate focal points.');
    expect(kept?.diff.filter((segment) => segment.kind !== 'inserted').map((segment) => segment.text).join('')).toBe(kept?.before?.text);
    expect(kept?.diff.filter((segment) => segment.kind !== 'deleted').map((segment) => segment.text).join('')).toBe(kept?.after?.text);
  });
});
