import { describe, expect, it } from 'vitest';
import { bracketAround, bracketEdges } from './bracket-edges';
import { bracketSelectionTransaction } from './brackets';
import { paragraphDoc, runsOf, schema, stateAt, type Run } from '@/test-support/editor/editor-test-helpers';

const names = (id: string) => (id === 'del-egy' ? { name: 'Egypt', shortName: 'EGY', colorIndex: 0 } : undefined);

/** The paragraph as the editor draws it: its text with every bracket edge and attribution put in. */
function drawn(runs: Run[]): string {
  const doc = paragraphDoc(runs);
  const edges = bracketEdges(doc, schema.marks.bracket!, names);
  let out = '';
  let at = 1;
  const text = doc.textContent;
  for (const edge of edges) {
    out += text.slice(at - 1, edge.pos - 1);
    at = edge.pos;
    const attribution = edge.attribution;
    const markup = edge.attributionFirst ? `${attribution}${edge.text}` : `${edge.text}${attribution}`;
    out += `${edge.lineBreak ? '\n' : ''}${markup}`;
  }
  return out + text.slice(at - 1);
}

describe('bracket edges on screen', () => {
  it('draws each of two adjacent brackets, with its attribution', () => {
    expect(
      drawn([
        { text: 'Recognizing', bracket: { id: 'a', by: 'c', spot: 's', form: 'adjacent', delegation: 'del-egy' } },
        { text: 'Acknowledging', bracket: { id: 'b', by: 'c', spot: 's', form: 'adjacent' } },
        { text: ' the need' },
      ]),
    ).toBe('[Recognizing] (Egypt)[Acknowledging] the need');
  });

  it('draws nested brackets, whatever order the marks sit in on a text node', () => {
    const outer = { id: 'outer', by: 'c' };
    const inner = { id: 'inner', by: 'c', note: 'Japan: delete' };
    expect(drawn([{ text: 'a ', bracket: outer }, { text: 'b', brackets: [inner, outer] }, { text: ' c', bracket: outer }])).toBe(
      '[a [b] (Japan: delete) c]',
    );
    expect(drawn([{ text: 'a', brackets: [outer, inner] }, { text: 'b', bracket: outer }])).toBe('[[a] (Japan: delete)b]');
    expect(drawn([{ text: 'a', bracket: outer }, { text: 'b', brackets: [inner, outer] }])).toBe('[a[b] (Japan: delete)]');
  });

  it('draws slash alternatives inside one pair of brackets', () => {
    const slash = { by: 'c', spot: 's', form: 'slash' as const };
    expect(
      drawn([
        { text: 'use ' },
        { text: 'joint investigation teams', bracket: { ...slash, id: 'a', delegation: 'del-egy' } },
        { text: 'parallel investigations', bracket: { ...slash, id: 'b' } },
      ]),
    ).toBe('use [joint investigation teams (Egypt) / parallel investigations]');
  });

  it('starts each option on its own line with its label, the first one directly when nothing precedes it', () => {
    const option = { by: 'c', spot: 's', form: 'option' as const };
    expect(
      drawn([
        { text: 'The Working Group:' },
        { text: 'States parties should act.', bracket: { ...option, id: 'a', option: 'Option 1' } },
        { text: 'No text.', bracket: { ...option, id: 'b', option: 'Option 2', noText: true, delegation: 'del-egy' } },
      ]),
    ).toBe('The Working Group:\nOption 1: States parties should act.\nOption 2: No text. (Egypt)');
    expect(drawn([{ text: 'Act.', bracket: { ...option, id: 'a', option: 'Alt. 1' } }])).toBe('Alt. 1: Act.');
  });

  it('finds the innermost bracket around the caret', () => {
    const doc = paragraphDoc([
      { text: 'a ', bracket: { id: 'outer', by: 'c' } },
      { text: 'b', brackets: [{ id: 'inner', by: 'c' }, { id: 'outer', by: 'c' }] },
      { text: ' c', bracket: { id: 'outer', by: 'c' } },
      { text: ' plain' },
    ]);
    const type = schema.marks.bracket!;
    expect(bracketAround(doc, type, 4)?.id).toBe('inner');
    expect(bracketAround(doc, type, 2)?.id).toBe('outer');
    expect(bracketAround(doc, type, 10)).toBeNull();
  });
});

describe('bracketing a selection', () => {
  it('adds a new bracket with a fresh id, nested in a bracket already there', () => {
    const state = stateAt([{ text: 'a ' }, { text: 'b c', bracket: { id: 'outer', by: 'u-chair' } }], 2, 3);
    const tr = bracketSelectionTransaction(state, 'u-chair', () => 'inner');
    expect(runsOf(state.apply(tr!).doc)).toEqual([
      { text: 'a ' },
      { text: 'b', brackets: [{ id: 'inner', by: 'u-chair' }, { id: 'outer', by: 'u-chair' }] },
      { text: ' c', bracket: { id: 'outer', by: 'u-chair' } },
    ]);
    expect(bracketSelectionTransaction(stateAt([{ text: 'a' }], 1), 'u-chair')).toBeNull();
  });
});
