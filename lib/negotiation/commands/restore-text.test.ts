import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TextRun } from '../draft-doc';
import { canonicalJson, restoreText } from './restore-text';

function textWith(runs: TextRun[]): { doc: Y.Doc; text: Y.XmlText } {
  const doc = new Y.Doc();
  const text = doc.get('t', Y.XmlText) as Y.XmlText;
  doc.transact(() => {
    let index = 0;
    for (const run of runs) {
      text.insert(index, run.insert, { ...(run.attributes ?? {}) });
      index += run.insert.length;
    }
  });
  return { doc, text };
}

const mark = (proposal: string) => ({ proposal, delegation: 'd-mex', author: 'u', at: '2026-06-29T10:00:00.000Z' });

describe('restoreText', () => {
  it('gives back removed words and marks, hashed keys included, touching only what differs', () => {
    const target: TextRun[] = [
      { insert: 'States ' },
      { insert: 'shall', attributes: { deletion: mark('r1'), 'deletion--x1': mark('r2') } },
      { insert: 'should', attributes: { insertion: mark('r1') } },
      { insert: ' act.' },
    ];
    const { doc, text } = textWith([{ insert: 'States should act.' }]);
    const deleted: number[] = [];
    text.observe((event) => event.changes.delta.forEach((change) => change.delete && deleted.push(change.delete)));
    doc.transact(() => restoreText(text, target));
    expect(text.toDelta()).toEqual(target);
    expect(deleted).toEqual([]);
  });

  it('reaches the target whatever the current text holds, deleting what it has no place for', () => {
    const target: TextRun[] = [{ insert: 'abc', attributes: { bracket: { id: 'b', by: 'u' } } }];
    const { doc, text } = textWith([{ insert: 'xaybzc!!' , attributes: { insertion: mark('p') } }]);
    doc.transact(() => restoreText(text, target));
    expect(text.toDelta()).toEqual(target);
  });

  it('compares attribute objects whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [1, { f: 1, e: 2 }] } })).toBe(canonicalJson({ a: { c: [1, { e: 2, f: 1 }], d: 2 }, b: 1 }));
  });
});
