import type { TextRun } from '@/lib/negotiation/draft-doc';
import { markNameOfKey, readRunMarks } from '@/lib/negotiation/marks';
import { renderParagraphText } from '@/lib/negotiation/render';
import { MARKS } from '@/lib/negotiation/schema';
import type { CrpModel, CrpParagraph } from './crp-model';
import { mastheadWords } from './masthead-words';
import { printedLabel } from './symbols';

/**
 * The clean text for the meeting report: only paragraphs whose status is `agreed` (agreed ad
 * referendum and in informals are not final and are left out; so are paragraphs deleted by
 * agreement), each as it reads with nothing pending. An agreed paragraph holds no brackets (the
 * server refuses to agree one that does), so its text is clean; one that still holds brackets,
 * alternatives or options (a paragraph agreed before that rule, or imported so) keeps them in
 * the room's convention rather than losing them: dropping the brackets would fuse
 * "[Recognizing][Acknowledging]" into a word nobody wrote.
 */
export function agreedParagraphs(model: Pick<CrpModel, 'paragraphs'>): CrpParagraph[] {
  return model.paragraphs.filter((paragraph) => paragraph.status === 'agreed');
}

/** The runs with every pending proposal rejected: proposed words gone, struck words kept, brackets kept. */
function withProposalsRejected(runs: readonly TextRun[]): TextRun[] {
  return runs
    .filter((run) => typeof run.insert === 'string' && readRunMarks(run.attributes).insertions.length === 0)
    .map((run) => {
      const attributes = Object.fromEntries(Object.entries(run.attributes ?? {}).filter(([key]) => markNameOfKey(key) === MARKS.bracket));
      return Object.keys(attributes).length > 0 ? { insert: run.insert, attributes } : { insert: run.insert };
    });
}

/**
 * The paragraph as if every pending proposal were rejected, without any attribution: plain
 * text when no bracket remains; otherwise its brackets, alternatives and options (each on its
 * own line, after "\n") as the convention writes them.
 */
export function settledParagraphText(runs: readonly TextRun[]): string {
  const settled = withProposalsRejected(runs);
  const bracketed = settled.some((run) => readRunMarks(run.attributes).brackets.length > 0);
  if (!bracketed) return settled.map((run) => run.insert).join('');
  return renderParagraphText(settled, { names: () => '', attribution: false });
}

/** One entry per agreed paragraph, "1. Text", under the symbol and title; UTF-8, LF line ends. */
export function renderCleanTxt(model: CrpModel): string {
  const words = mastheadWords(model.draft.language);
  const lines = [model.draft.symbol, model.draft.title, words.agreedTextHeading, ''];
  for (const paragraph of agreedParagraphs(model)) {
    const label = printedLabel(paragraph.label);
    lines.push(label ? `${label} ${paragraph.cleanText}` : paragraph.cleanText, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
