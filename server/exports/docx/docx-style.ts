import { Packer, TextRun, type Document, type IStylesOptions } from 'docx';
import { mastheadWords, type UnLanguage } from '@/lib/exports/masthead-words';
import JSZip from 'jszip';
import { withStarFootnoteMarks } from './footnote-marks';
import { withRightToLeftSections } from './right-to-left-sections';
import type { PieceStyle, StyledPiece } from '@/lib/negotiation/styled-text';

/**
 * Typography shared by the Word exports: UN documents are set in Times New Roman; Chinese in
 * SimSun, which Word applies to East Asian characters when it is named as the eastAsia font;
 * Arabic as a right-to-left complex script.
 */

export const FONT = {
  latin: 'Times New Roman',
  eastAsia: 'SimSun',
  complex: 'Times New Roman',
} as const;

/** Half-points: 10 pt body text as in UN documents. */
export const SIZE = { body: 20, small: 17, title: 28, symbol: 28, masthead: 28 } as const;

export function isRightToLeft(language: UnLanguage): boolean {
  return mastheadWords(language).direction === 'rtl';
}

/** Document defaults: fonts for every script and the draft's language, so Word proofs and shapes it. */
export function documentStyles(language: UnLanguage): IStylesOptions {
  const tag = mastheadWords(language).bcp47;
  return {
    default: {
      document: {
        run: {
          font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.eastAsia, cs: FONT.complex },
          size: SIZE.body,
          sizeComplexScript: SIZE.body,
          language: {
            value: language === 'zh' || language === 'ar' ? 'en-GB' : tag,
            eastAsia: language === 'zh' ? tag : 'zh-CN',
            bidirectional: language === 'ar' ? tag : 'ar-SA',
          },
          rightToLeft: isRightToLeft(language) || undefined,
        },
        paragraph: { spacing: { after: 120, line: 240 } },
      },
    },
  };
}

const PIECE_FORMAT: Record<PieceStyle, { bold?: boolean; underline?: object; strike?: boolean; italics?: boolean }> = {
  text: {},
  markup: {},
  inserted: { bold: true, underline: {} },
  deleted: { strike: true },
  attribution: { italics: true },
  break: {},
};

/** Word runs for styled pieces; `struck` strikes everything (a paragraph deleted by agreement). */
export function styledRuns(pieces: readonly StyledPiece[], options: { struck?: boolean; rtl?: boolean } = {}): TextRun[] {
  return pieces.map((piece) => {
    if (piece.style === 'break') return new TextRun({ break: 1 });
    return new TextRun({
      text: piece.text,
      ...PIECE_FORMAT[piece.style],
      ...(options.struck ? { strike: true } : {}),
      ...(options.rtl ? { rightToLeft: true } : {}),
    });
  });
}

/** The packed file, its footnotes marked "*", "**" as in UN papers, its sections right to left in Arabic. */
export async function packDocx(document: Document, language: UnLanguage): Promise<Buffer> {
  const packed = await withStarFootnoteMarks(await Packer.toBuffer(document));
  return isRightToLeft(language) ? rewriteDocumentXml(packed, withRightToLeftSections) : packed;
}

async function rewriteDocumentXml(docx: Buffer, rewrite: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/document.xml');
  if (!file) return docx;
  zip.file('word/document.xml', rewrite(await file.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
