import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TextRun } from '@/lib/negotiation/draft-doc';
import { renderParagraphSegments, renderParagraphText } from '@/lib/negotiation/render';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { CANADA, MEXICO, bracket, del, ins, names, plain } from '@/test-support/negotiation/build-runs';
import { SegmentText } from './SegmentText';
import type { Attributions } from './attributions';

const attributions: Attributions = {
  [MEXICO]: { name: 'Mexico', shortName: 'MEX', colorKey: '1' },
  [CANADA]: { name: 'Canada', shortName: 'CAN', colorKey: '2' },
  [CHAIR_DELEGATION]: { name: 'Chair', shortName: 'Chair', colorKey: 'chair' },
};

function visibleText(runs: TextRun[]): string {
  const html = renderToStaticMarkup(createElement(SegmentText, { segments: renderParagraphSegments(runs), attributions }));
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('SegmentText', () => {
  it('reads exactly as renderParagraphText, for every kind of segment', () => {
    const cases: TextRun[][] = [
      [plain('States parties '), ins('should ', 'p1', MEXICO), plain('consider')],
      [plain('States '), del('shall ', 'p1', MEXICO), plain('consider')],
      [plain('States '), del('shall', 'p1', MEXICO), ins('should', 'p1', MEXICO), plain(' consider')],
      [plain('States '), ins('should', 'p1', MEXICO), ins('may', 'p2', CANADA), plain(' consider')],
      [plain('States '), del('shall', 'p1', MEXICO), ins('should', 'p1', MEXICO), ins('may', 'p2', CANADA), plain(' consider')],
      [plain('Invites '), bracket('all '), plain('States'), ins(' hereby', 'p3', CHAIR_DELEGATION)],
    ];
    for (const runs of cases) expect(visibleText(runs)).toBe(renderParagraphText(runs, { names }));
  });

  it('shows markup typed into the text as text', () => {
    const html = renderToStaticMarkup(
      createElement(SegmentText, { segments: renderParagraphSegments([plain('<script>alert(1)</script>')]), attributions }),
    );
    expect(html).not.toContain('<script>');
  });
});
