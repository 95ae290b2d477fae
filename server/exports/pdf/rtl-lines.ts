import { visualRuns, type VisualRun } from './bidi-runs';
import type { BlockOptions, PdfWriter, RichPiece } from './pdf-writer';

/**
 * Right-to-left paragraphs for pdfkit, which lays text out left to right only: the paragraph is
 * cut into lines here (in logical order, at spaces), each line is put in visual order by the
 * bidi algorithm (bidi-runs.ts) and its runs are drawn one after the other from the line's
 * start, right-aligned unless asked otherwise. pdftotext then reads the words in logical order.
 */

const LINE_GAP = 1.5;

type Direction = 'rtl' | 'ltr';

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

export function writeRtlParagraph(writer: PdfWriter, pieces: readonly RichPiece[], options: BlockOptions, size: number): void {
  const width = options.width ?? writer.width;
  // A line with no Arabic at all (the English distribution block, a symbol) reads left to right.
  const direction = pieces.some((piece) => RIGHT_TO_LEFT_LETTER.test(piece.text)) ? 'rtl' : 'ltr';
  for (const line of wrapLine(writer, pieces, width, size, direction)) drawLine(writer, line, options, { width, size, direction });
}

/** Words with the space after them, each a list of styled fragments. */
function words(pieces: readonly RichPiece[]): RichPiece[][] {
  const out: RichPiece[][] = [[]];
  for (const piece of pieces) {
    for (const part of piece.text.split(/(?<=\s)/)) {
      if (part.length === 0) continue;
      out[out.length - 1]?.push({ ...piece, text: part });
      if (/\s$/.test(part)) out.push([]);
    }
  }
  return out.filter((word) => word.length > 0);
}

function wrapLine(writer: PdfWriter, pieces: readonly RichPiece[], width: number, size: number, direction: Direction): RichPiece[][] {
  const lines: RichPiece[][] = [];
  let line: RichPiece[] = [];
  for (const word of words(pieces)) {
    const candidate = [...line, ...word];
    if (line.length > 0 && measure(writer, trimEnd(candidate), size, direction) > width) {
      lines.push(trimEnd(line));
      line = [...word];
    } else {
      line = candidate;
    }
  }
  lines.push(trimEnd(line));
  return lines;
}

function trimEnd(pieces: readonly RichPiece[]): RichPiece[] {
  const out = [...pieces];
  const last = out[out.length - 1];
  if (last) out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out;
}

function runWidth(writer: PdfWriter, run: VisualRun<RichPiece>, size: number): number {
  writer.useFont(run.script, run.piece.face ?? 'regular');
  writer.doc.fontSize(size);
  return writer.doc.widthOfString(run.text, run.shaped ? { features: [] } : {});
}

function measure(writer: PdfWriter, pieces: readonly RichPiece[], size: number, direction: Direction): number {
  return visualRuns(pieces, direction).reduce((sum, run) => sum + runWidth(writer, run, size), 0);
}

function drawLine(writer: PdfWriter, pieces: readonly RichPiece[], options: BlockOptions, { width, size, direction }: { width: number; size: number; direction: Direction }): void {
  const { doc } = writer;
  const runs = visualRuns(pieces, direction);
  const widths = runs.map((run) => runWidth(writer, run, size));
  const total = widths.reduce((sum, w) => sum + w, 0);
  writer.useFont('arabic', 'regular');
  doc.fontSize(size);
  const height = doc.currentLineHeight(true) + LINE_GAP;
  writer.keep(height);
  const y = doc.y;
  const left = options.x ?? writer.left;
  let x = options.align === 'left' ? left : options.align === 'center' ? left + (width - total) / 2 : left + width - total;
  runs.forEach((run, index) => {
    writer.useFont(run.script, run.piece.face ?? 'regular');
    doc.fontSize(size);
    doc.text(run.text, x, y, {
      lineBreak: false,
      underline: run.piece.underline ?? false,
      strike: run.piece.strike ?? false,
      ...(run.shaped ? { features: [] } : {}),
    });
    x += widths[index] ?? 0;
  });
  doc.x = writer.left;
  doc.y = y + height;
}
