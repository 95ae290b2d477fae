import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { SIZE } from './docx-style';

/**
 * A UN paper's running header and footer: the symbol at the top of every page after the first
 * (the first shows it in the masthead) and the page number at the foot of every page.
 */
export function docxPageFurniture(symbol: string, bidirectional: boolean) {
  const pageNumber = () =>
    new Footer({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.small })] })],
    });
  const runningHeader = new Header({
    children: [
      new Paragraph({
        bidirectional,
        spacing: { after: 240 },
        children: [new TextRun({ text: symbol, bold: true, size: SIZE.small })],
      }),
    ],
  });
  return {
    headers: { default: runningHeader, first: new Header({ children: [new Paragraph({ children: [] })] }) },
    footers: { default: pageNumber(), first: pageNumber() },
  };
}
