import PDFDocument from 'pdfkit';
import { fontSource, parsedFont, splitByScript, type FontFace, type Script } from './pdf-fonts';
import { writeRtlParagraph } from './rtl-lines';

/**
 * A thin layer over pdfkit for the CRP: A4 pages with UN-like margins, fonts picked per script
 * (so a Chinese or Arabic word inside an English paragraph still renders), styled runs that
 * flow as one paragraph, and first-page footnotes in space reserved below the text.
 */

export interface RichPiece {
  text: string;
  face?: FontFace;
  underline?: boolean;
  strike?: boolean;
}

export interface BlockOptions {
  x?: number;
  width?: number;
  size?: number;
  align?: 'left' | 'right' | 'center' | 'justify';
  /** Space after the block, in points. */
  after?: number;
}

export const PAGE = { margin: 72, size: 'A4' as const };
/** Extra space between lines, in points. */
const LINE_GAP = 1.5;

export const TYPE = { body: 10.5, small: 9, title: 13, masthead: 14 } as const;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly registered = new Set<string>();
  private readonly chunks: Buffer[] = [];
  private readonly finished: Promise<Buffer>;
  readonly missingScripts = new Set<Script>();

  private readonly primary: Script;
  /** 'rtl' for an Arabic paper: every block is laid out by the bidi algorithm (rtl-lines.ts). */
  readonly direction: 'ltr' | 'rtl';

  constructor(info: { title: string; language: string; primary?: Script; direction?: 'ltr' | 'rtl' }) {
    this.primary = info.primary ?? 'latin';
    this.direction = info.direction ?? 'ltr';
    this.doc = new PDFDocument({
      size: PAGE.size,
      margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      bufferPages: true,
      // No default font: pdfkit's Helvetica is read from files beside its own code (which a bundler
      // does not copy), and a font given here by path is read and parsed again for every paper.
      // The first block selects the paper's fonts through useFont, parsed once per process.
      font: null as unknown as string,
      lang: info.language,
      info: { Title: info.title, Author: 'Concord', Creator: 'Concord' },
    });
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.finished = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** Selects (registering on first use) the font for a script and face; returns false if none exists. */
  useFont(script: Script, face: FontFace = 'regular'): boolean {
    const source = fontSource(script, face);
    if (!source) {
      this.missingScripts.add(script);
      return this.useFont('latin', face);
    }
    const name = `${script}-${face}`;
    if (!this.registered.has(name)) {
      const parsed = parsedFont(source);
      // pdfkit's types name only files and buffers; it takes a parsed fontkit font as well.
      if (parsed) this.doc.registerFont(name, parsed as unknown as Buffer);
      else this.doc.registerFont(name, source.file);
      this.registered.add(name);
    }
    this.doc.font(name);
    return true;
  }

  /**
   * One paragraph of styled pieces, wrapped within `width` starting at `x` on the current line.
   * A "\n" starts a new line at `x` (paragraph options each stand on their own line): pdfkit
   * drops a line break inside a `continued` fragment, so each line is laid out on its own.
   */
  rich(pieces: readonly RichPiece[], options: BlockOptions = {}): void {
    const lines = splitLines(pieces);
    if (this.direction === 'rtl') {
      lines.forEach((line) => writeRtlParagraph(this, line, options, options.size ?? TYPE.body));
      if (options.after) this.doc.y += options.after;
      return;
    }
    lines.forEach((line, index) => this.richLine(line, index === lines.length - 1 ? options : { ...options, after: 0 }));
  }

  private richLine(pieces: readonly RichPiece[], options: BlockOptions): void {
    const runs = pieces.flatMap((piece) => splitByScript(piece.text, this.primary).map((run) => ({ ...piece, ...run })));
    const size = options.size ?? TYPE.body;
    if (runs.length === 0) runs.push({ text: ' ', script: 'latin' });
    if (options.align !== 'justify' && runs.every((run) => run.script !== 'arabic') && this.fitsOnOneLine(runs, options, size)) return;
    // pdfkit aligns each `continued` fragment on its own, so only a single run can be right-aligned or centred.
    const align = runs.length > 1 && options.align !== 'justify' ? 'left' : (options.align ?? 'left');
    const layout = { width: options.width ?? this.width, align, lineGap: LINE_GAP };
    runs.forEach((run, index) => {
      this.useFont(run.script, run.face ?? 'regular');
      this.doc.fontSize(size);
      const style = {
        ...layout,
        continued: index < runs.length - 1,
        underline: run.underline ?? false,
        strike: run.strike ?? false,
        // Any `features` makes pdfkit shape the line as one run instead of word by word; fontkit can
        // then order a right-to-left line as a whole (word by word, the spaces land at the wrong ends).
        ...(run.script === 'arabic' ? { features: [] } : {}),
      };
      const text = run.script === 'arabic' ? reverseDigitGroups(run.text) : run.text;
      if (index === 0) this.doc.text(text, options.x ?? this.left, this.doc.y, style);
      else this.doc.text(text, style);
    });
    this.doc.x = this.left;
    if (options.after) this.doc.y += options.after;
  }

  /**
   * Runs that fit on the line together are set one after the other without pdfkit's line
   * wrapper, which costs more than the rest of the layout together (most lines arrive already cut
   * as the screen cuts them). Returns false, having drawn nothing, when the line needs wrapping.
   */
  private fitsOnOneLine(runs: ReadonlyArray<RichPiece & { script: Script }>, options: BlockOptions, size: number): boolean {
    const width = options.width ?? this.width;
    let total = 0;
    let height = 0;
    const widths = runs.map((run) => {
      this.useFont(run.script, run.face ?? 'regular');
      this.doc.fontSize(size);
      const runWidth = this.doc.widthOfString(run.text);
      total += runWidth;
      height = Math.max(height, this.doc.currentLineHeight(true) + LINE_GAP);
      return runWidth;
    });
    if (total > width) return false;
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
    const left = options.x ?? this.left;
    let x = options.align === 'right' ? left + width - total : options.align === 'center' ? left + (width - total) / 2 : left;
    const y = this.doc.y;
    runs.forEach((run, index) => {
      this.useFont(run.script, run.face ?? 'regular');
      this.doc.fontSize(size);
      this.doc.text(run.text, x, y, { lineBreak: false, underline: run.underline ?? false, strike: run.strike ?? false });
      x += widths[index] ?? 0;
    });
    this.doc.x = this.left;
    this.doc.y = y + height;
    if (options.after) this.doc.y += options.after;
    return true;
  }

  /** The width of text in the paper's regular face at `size`, in points. */
  measure(text: string, size: number): number {
    if (text.length === 0) return 0;
    this.useFont(this.primary, 'regular');
    this.doc.fontSize(size);
    return this.doc.widthOfString(text);
  }

  line(text: string, options: BlockOptions & { face?: FontFace } = {}): void {
    this.rich([{ text, face: options.face }], options);
  }

  /** Starts a new page unless `height` points still fit on this one. */
  keep(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  /** A horizontal rule across the text width at the current position. */
  rule(weight = 1): void {
    const y = this.doc.y;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(weight).stroke();
    this.doc.y = y + 4;
  }

  /**
   * Keeps room for footnotes at the bottom of the first page: the body flows above it, and
   * `writeFirstPageFootnotes` fills it once the document is laid out.
   */
  reserveFirstPageFootnotes(lines: number): void {
    this.doc.page.margins.bottom = PAGE.margin + lines * (TYPE.small + 3) + 10;
  }

  writeFirstPageFootnotes(notes: readonly { marker: string; text: string }[]): void {
    if (notes.length === 0) return;
    this.doc.switchToPage(0);
    const page = this.doc.page;
    // Writing below the bottom margin would make pdfkit start a new page; the notes sit in the reserved band.
    page.margins.bottom = 0;
    let y = page.height - PAGE.margin - notes.length * (TYPE.small + 3) - 4;
    this.doc.moveTo(this.left, y).lineTo(this.left + 100, y).lineWidth(0.5).stroke();
    y += 4;
    for (const note of notes) {
      this.doc.y = y;
      this.rich([{ text: `${note.marker} ${note.text}` }], { size: TYPE.small });
      y += TYPE.small + 3;
    }
    page.margins.bottom = PAGE.margin;
  }

  /** "n" centred at the foot of every page, and the symbol at the top of pages after the first. */
  writePageFurniture(symbol: string): void {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const bottom = page.margins.bottom;
      page.margins.bottom = 0;
      this.doc.y = page.height - PAGE.margin / 2;
      this.line(String(index + 1), { size: TYPE.small, align: 'center' });
      if (index > range.start) {
        this.doc.y = PAGE.margin / 2;
        this.line(symbol, { size: TYPE.small, face: 'bold' });
      }
      page.margins.bottom = bottom;
    }
  }

  end(): Promise<Buffer> {
    this.doc.end();
    return this.finished;
  }
}

/** The pieces cut at every "\n", the line break itself dropped; always at least one line. */
export function splitLines(pieces: readonly RichPiece[]): RichPiece[][] {
  const lines: RichPiece[][] = [[]];
  for (const piece of pieces) {
    piece.text.split('\n').forEach((text, index) => {
      if (index > 0) lines.push([]);
      if (text.length > 0) lines[lines.length - 1]?.push({ ...piece, text });
    });
  }
  return lines;
}

/**
 * fontkit reverses a right-to-left run glyph by glyph, numbers included; pdfkit has no bidi
 * algorithm. Pre-reversing each number ("2026", "2022/1") makes it read left to right again.
 */
export function reverseDigitGroups(text: string): string {
  return text.replace(/[0-9]+(?:[.,:/–-][0-9]+)*/g, (group) => [...group].reverse().join(''));
}
