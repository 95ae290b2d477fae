import { describe, expect, it } from 'vitest';
import type { DraftComparison, ParagraphChange, ParagraphComparison } from '@/lib/negotiation/compare';
import { comparisonItems, describeHidden } from './changes-only';

function paragraph(label: string, change: ParagraphChange): ParagraphComparison {
  const side = { label, kind: 'OP' as const, status: 'open' as const, text: `Text ${label}`, deletionNote: null };
  return {
    id: `p${label}`,
    change,
    before: change === 'added' ? null : side,
    after: change === 'removed' ? null : side,
    moved: change === 'moved',
    labelChanged: false,
    statusChanged: false,
    textChanged: change === 'changed',
    diff: [{ kind: 'same', text: side.text }],
  };
}

function comparison(changes: Array<[string, ParagraphChange]>): DraftComparison {
  const paragraphs = changes.map(([label, change]) => paragraph(label, change));
  const counts: Record<ParagraphChange, number> = { added: 0, removed: 0, moved: 0, changed: 0, unchanged: 0 };
  for (const p of paragraphs) counts[p.change] += 1;
  return { paragraphs, counts };
}

const shape = (items: ReturnType<typeof comparisonItems>['items']) =>
  items.map((item) => (item.kind === 'paragraph' ? `${item.paragraph.after?.label ?? item.paragraph.before?.label}:${item.paragraph.change}` : describeHidden(item)));

describe('comparisonItems', () => {
  const draft = comparison([
    ['1', 'unchanged'],
    ['2', 'unchanged'],
    ['3', 'unchanged'],
    ['4', 'changed'],
    ['5', 'unchanged'],
    ['6', 'added'],
    ['7', 'removed'],
    ['8', 'moved'],
    ['9', 'unchanged'],
    ['10', 'unchanged'],
  ]);

  it('shows every paragraph when not asked for changes only', () => {
    const { items, hidden } = comparisonItems(draft, false);
    expect(hidden).toBe(0);
    expect(items).toHaveLength(10);
    expect(items.every((item) => item.kind === 'paragraph')).toBe(true);
  });

  it('hides unchanged paragraphs, keeps every change, and says where and how many are hidden', () => {
    const { items, hidden } = comparisonItems(draft, true);
    expect(hidden).toBe(6);
    expect(shape(items)).toEqual([
      '3 unchanged paragraphs (1–3)',
      '4:changed',
      'Paragraph 5 unchanged',
      '6:added',
      '7:removed',
      '8:moved',
      '2 unchanged paragraphs (9–10)',
    ]);
  });

  it('hides nothing in a draft where every paragraph changed, and everything in one where none did', () => {
    expect(comparisonItems(comparison([['1', 'changed'], ['2', 'added']]), true).hidden).toBe(0);
    const none = comparisonItems(comparison([['1', 'unchanged'], ['2', 'unchanged']]), true);
    expect(none.hidden).toBe(2);
    expect(shape(none.items)).toEqual(['2 unchanged paragraphs (1–2)']);
  });
});
