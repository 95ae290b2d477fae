import type { ParagraphKind } from '@/lib/negotiation/schema';
import { labelNumber } from './match-label';
import { importWarning, type ImportedParagraph, type ImportWarning } from './types';
import { say, type ServerSentence } from '@/lib/i18n/server-sentences';

/**
 * Warnings, not errors: a draft may legitimately skip numbers (a paragraph deleted earlier) or
 * mix series. The preview shows them so the secretariat can fix a typo before creating the draft.
 */
export function checkNumbering(paragraphs: readonly ImportedParagraph[], where: (line: number) => ServerSentence): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const previous: Record<ParagraphKind, number> = { PP: 0, OP: 0 };
  let operativeSeen = false;
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'PP' && operativeSeen) {
      warnings.push(importWarning(paragraph.line, say('server.import.ppAfterOp', { where: where(paragraph.line), label: paragraph.label })));
    }
    if (paragraph.kind === 'OP') operativeSeen = true;
    const number = labelNumber(paragraph.label);
    if (number === null) continue;
    const expected = previous[paragraph.kind] + 1;
    if (number !== expected) {
      const expectedLabel = paragraph.kind === 'PP' ? `PP${expected}` : String(expected);
      warnings.push(importWarning(paragraph.line, say('server.import.unexpectedNumber', { where: where(paragraph.line), label: paragraph.label, expected: expectedLabel })));
    }
    previous[paragraph.kind] = number;
  }
  return warnings;
}
