import { Document, Paragraph, TextRun } from 'docx';
import { agreedParagraphs } from '@/lib/exports/clean-text';
import type { CrpModel } from '@/lib/exports/crp-model';
import { mastheadWords } from '@/lib/exports/masthead-words';
import { printedLabel } from '@/lib/exports/symbols';
import { docxPageFurniture } from './docx/docx-page-furniture';
import { SIZE, documentStyles, isRightToLeft, packDocx } from './docx/docx-style';

/** The agreed paragraphs' clean text as a Word document, ready to paste into the meeting report. */
export async function exportCleanDocx(model: CrpModel): Promise<Buffer> {
  const words = mastheadWords(model.draft.language);
  const bidirectional = isRightToLeft(model.draft.language);
  const heading = (text: string, size: number = SIZE.body) => new Paragraph({ bidirectional, children: [new TextRun({ text, bold: true, size })] });
  const paragraphs = agreedParagraphs(model).map(
    (paragraph) =>
      new Paragraph({
        bidirectional,
        indent: { left: 1134, hanging: 567 },
        children: [new TextRun(`${printedLabel(paragraph.label)}\t`), ...lineRuns(paragraph.cleanText)],
      }),
  );
  const document = new Document({
    creator: 'Concord',
    title: `${model.draft.symbol} ${model.draft.title}`,
    styles: documentStyles(model.draft.language),
    sections: [
      {
        ...docxPageFurniture(model.draft.symbol, bidirectional),
        children: [
          heading(model.draft.symbol),
          heading(model.draft.title, SIZE.title),
          new Paragraph({ bidirectional, spacing: { after: 240 }, children: [new TextRun({ text: words.agreedTextHeading, italics: true })] }),
          ...paragraphs,
        ],
      },
    ],
  });
  return packDocx(document, model.draft.language);
}

/** A paragraph option stands on its own line: each "\n" becomes a line break in Word. */
function lineRuns(text: string): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined }));
}
