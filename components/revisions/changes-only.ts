import type { DraftComparison, ParagraphComparison } from '@/lib/negotiation/compare';

/** One line of the comparison: a paragraph, or the unchanged paragraphs hidden at that place. */
export type ComparisonItem =
  | { kind: 'paragraph'; paragraph: ParagraphComparison }
  | { kind: 'hidden'; count: number; firstLabel: string; lastLabel: string };

/**
 * The paragraphs to show. With `changesOnly`, each run of unchanged paragraphs becomes one
 * "hidden" line where it stood, so the reader still sees where the changes sit in the text.
 */
export function comparisonItems(comparison: DraftComparison, changesOnly: boolean): { items: ComparisonItem[]; hidden: number } {
  if (!changesOnly) return { items: comparison.paragraphs.map((paragraph) => ({ kind: 'paragraph', paragraph })), hidden: 0 };
  const items: ComparisonItem[] = [];
  let hidden = 0;
  for (const paragraph of comparison.paragraphs) {
    if (paragraph.change !== 'unchanged') {
      items.push({ kind: 'paragraph', paragraph });
      continue;
    }
    hidden += 1;
    const label = labelOf(paragraph);
    const last = items[items.length - 1];
    if (last?.kind === 'hidden') items[items.length - 1] = { ...last, count: last.count + 1, lastLabel: label };
    else items.push({ kind: 'hidden', count: 1, firstLabel: label, lastLabel: label });
  }
  return { items, hidden };
}

const labelOf = (paragraph: ParagraphComparison): string => (paragraph.after ?? paragraph.before)?.label ?? '';

/** "Paragraph 4 unchanged", "Paragraphs 1–3 unchanged (3)". */
export function describeHidden(item: Extract<ComparisonItem, { kind: 'hidden' }>): string {
  if (item.count === 1) return `Paragraph ${item.firstLabel} unchanged`;
  return `${item.count} unchanged paragraphs (${item.firstLabel}–${item.lastLabel})`;
}
