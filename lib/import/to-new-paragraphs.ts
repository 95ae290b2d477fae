import type { NewParagraph } from '@/lib/negotiation/draft-doc';
import { MARKS, type BracketMarkAttrs } from '@/lib/negotiation/schema';
import type { ImportedParagraph } from './types';

/**
 * The imported paragraphs as the document's initial paragraphs: every one open, bracketed runs
 * carrying the bracket mark of the person who imported the text (the document records who
 * bracketed what, and at import that is the secretariat officer).
 */
export function toNewParagraphs(
  paragraphs: readonly ImportedParagraph[],
  { bracketedBy, newId }: { bracketedBy: string; newId: () => string },
): NewParagraph[] {
  const bracket = (): BracketMarkAttrs => ({ id: newId(), by: bracketedBy });
  return paragraphs.map((paragraph) => ({
    id: newId(),
    label: paragraph.label,
    kind: paragraph.kind,
    status: 'open',
    runs: paragraph.runs.map((run) => (run.bracketed ? { insert: run.text, attributes: { [MARKS.bracket]: bracket() } } : { insert: run.text })),
  }));
}

/** What the preview reports: counts per series and the number of bracketed spans. */
export function countImport(paragraphs: readonly ImportedParagraph[]): { preambular: number; operative: number; brackets: number } {
  let preambular = 0;
  let brackets = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'PP') preambular += 1;
    brackets += paragraph.runs.filter((run) => run.bracketed).length;
  }
  return { preambular, operative: paragraphs.length - preambular, brackets };
}
