import type { TextRun } from '@/lib/negotiation/draft-doc';
import { renderParagraphSegments } from '@/lib/negotiation/render';

/**
 * Competing proposals for the same spot read as "alt 1 / alt 2", as in the rendered text
 * (lib/negotiation/render.ts): proposal id -> its label.
 */
export function alternativeLabels(runs: TextRun[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const segment of renderParagraphSegments(runs)) {
    if (segment.kind !== 'alternatives') continue;
    segment.alternatives.forEach((part, index) => labels.set(part.proposal, `alt ${index + 1}`));
  }
  return labels;
}
