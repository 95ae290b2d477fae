import type { ParagraphKind } from '@/lib/negotiation/schema';
import { labelNumber } from './match-label';
import type { ImportedParagraph, ImportWarning } from './types';

/**
 * Warnings, not errors: a draft may legitimately skip numbers (a paragraph deleted earlier) or
 * mix series. The preview shows them so the secretariat can fix a typo before creating the draft.
 */
export function checkNumbering(paragraphs: readonly ImportedParagraph[], where: (line: number) => string): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const previous: Record<ParagraphKind, number> = { PP: 0, OP: 0 };
  let operativeSeen = false;
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'PP' && operativeSeen) {
      warnings.push({ line: paragraph.line, message: `${where(paragraph.line)}: preambular paragraph ${paragraph.label} comes after operative paragraphs.` });
    }
    if (paragraph.kind === 'OP') operativeSeen = true;
    const number = labelNumber(paragraph.label);
    if (number === null) continue;
    const expected = previous[paragraph.kind] + 1;
    if (number !== expected) {
      const expectedLabel = paragraph.kind === 'PP' ? `PP${expected}` : String(expected);
      warnings.push({
        line: paragraph.line,
        message: `${where(paragraph.line)}: paragraph ${paragraph.label} comes where ${expectedLabel} was expected.`,
      });
    }
    previous[paragraph.kind] = number;
  }
  return warnings;
}
