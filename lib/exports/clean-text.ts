import type { CrpModel, CrpParagraph } from './crp-model';
import { mastheadWords } from './masthead-words';
import { printedLabel } from './symbols';

/**
 * The clean text for the meeting report: only paragraphs whose status is `agreed`, each as it
 * reads with nothing pending (renderCleanText: any pending insertion left out, any pending
 * deletion kept), without brackets or attributions. Agreed ad referendum and in informals are
 * not final and are left out; so are paragraphs deleted by agreement.
 */
export function agreedParagraphs(model: Pick<CrpModel, 'paragraphs'>): CrpParagraph[] {
  return model.paragraphs.filter((paragraph) => paragraph.status === 'agreed');
}

/** One line per agreed paragraph, "1. Text", under the symbol and title; UTF-8, LF line ends. */
export function renderCleanTxt(model: CrpModel): string {
  const words = mastheadWords(model.draft.language);
  const lines = [model.draft.symbol, model.draft.title, words.agreedTextHeading, ''];
  for (const paragraph of agreedParagraphs(model)) {
    const label = printedLabel(paragraph.label);
    lines.push(label ? `${label} ${paragraph.cleanText}` : paragraph.cleanText, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
