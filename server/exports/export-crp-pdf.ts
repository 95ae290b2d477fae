import { crpRenderOptions, delegationNamer, type CrpCommentGroup, type CrpModel, type CrpParagraph } from '@/lib/exports/crp-model';
import { mastheadWords, type MastheadWords } from '@/lib/exports/masthead-words';
import { wrapPieces } from '@/lib/negotiation/line-wrap';
import { styleParagraphSegments, type PieceStyle } from '@/lib/negotiation/styled-text';
import { printedLabel } from '@/lib/exports/symbols';
import type { CrpExportOptions } from './export-crp-docx';
import { PdfWriter, TYPE, type RichPiece } from './pdf/pdf-writer';

/** The label column: at least this wide, wider for labels such as "PP2 bis", at most MAX (longer labels wrap in it). */
const LABEL_WIDTH = 36;
const MAX_LABEL_WIDTH = 96;
const LABEL_GAP = 8;
const COMMENT_INDENT = 18;
/** The line numbers stand in the margin, this far from the text's edge. */
const NUMBER_WIDTH = 22;
const NUMBER_GAP = 6;

const PIECE_LOOK: Record<PieceStyle, Omit<RichPiece, 'text'>> = {
  text: {},
  markup: {},
  inserted: { face: 'bold', underline: true },
  deleted: { strike: true },
  attribution: { face: 'italic' },
  break: {},
};

/**
 * The conference room paper as a PDF, laid out on the server with pdfkit (no browser needed) and
 * with the fonts embedded: the same content and convention as the Word CRP (exportCrpDocx).
 */
export async function exportCrpPdf(model: CrpModel, options: CrpExportOptions = {}): Promise<Buffer> {
  const attribution = options.attribution !== false;
  const words = mastheadWords(model.draft.language);
  const rtl = words.direction === 'rtl';
  const writer = new PdfWriter({
    title: `${model.draft.symbol} ${model.draft.title}`,
    language: words.bcp47,
    primary: model.draft.language === 'zh' ? 'cjk' : model.draft.language === 'ar' ? 'arabic' : 'latin',
    direction: words.direction,
  });
  const footnotes = masthead(writer, model, words);
  writer.line(words.secretariatNoteHeading, { face: 'bold', after: 2 });
  writer.line(words.secretariatNote(attribution), { after: 14, align: rtl ? 'right' : 'left' });
  const names = delegationNamer(model);
  const labelWidth = labelColumn(writer, model.paragraphs);
  for (const paragraph of model.paragraphs) {
    paragraphBlock(writer, paragraph, { words, names, attribution, rtl, labelWidth });
  }
  if (model.generalComments.length > 0) {
    writer.keep(40);
    writer.line(words.generalCommentsHeading, { face: 'bold', after: 4 });
    commentBlock(writer, model.generalComments, { attribution, labelWidth, rtl, words });
  }
  writer.writeFirstPageFootnotes(footnotes);
  writer.writePageFurniture(model.draft.symbol);
  if (writer.missingScripts.size > 0) {
    console.warn(`[concord] PDF export of ${model.draft.symbol}: no font for ${[...writer.missingScripts].join(', ')} text`);
  }
  return writer.end();
}

function masthead(writer: PdfWriter, model: CrpModel, words: MastheadWords): { marker: string; text: string }[] {
  const { doc } = writer;
  const { meeting } = model;
  const notes: { marker: string; text: string }[] = [];
  const top = doc.y;
  writer.line(words.unitedNations, { face: 'bold', size: TYPE.masthead });
  doc.y = top;
  // Right to left, the page is mirrored: the symbol and the distribution block stand on the left.
  const farSide = words.direction === 'rtl' ? 'left' : 'right';
  writer.line(model.draft.symbol, { face: 'bold', size: TYPE.masthead, align: farSide });
  writer.rule(1.5);
  for (const text of words.distributionBlock(model.date)) writer.line(text, { align: farSide, size: TYPE.small });
  doc.y += 12;
  writer.line(meeting.body, { face: 'bold' });
  if (meeting.subsidiaryBody) writer.line(meeting.subsidiaryBody, { face: 'bold' });
  writer.line(words.placeAndDates(meeting.venue, words.formatMeetingDates(meeting.startsOn, meeting.endsOn)), { after: 6 });
  if (model.agendaItem) {
    const marker = meeting.agendaSymbol ? '*' : '';
    if (meeting.agendaSymbol) notes.push({ marker, text: `${meeting.agendaSymbol}.` });
    writer.line(`${words.agendaItem(model.agendaItem.number)}${marker}`);
    writer.line(model.agendaItem.title, { face: 'bold' });
  }
  notes.push({ marker: '*'.repeat(notes.length + 1), text: words.notEdited });
  writer.reserveFirstPageFootnotes(notes.length);
  doc.y += 14;
  writer.rich([{ text: model.draft.title, face: 'bold' }, { text: notes.at(-1)?.marker ?? '' }], { size: TYPE.title, after: 12 });
  return notes;
}

interface BlockContext {
  words: MastheadWords;
  names: (delegationId: string) => string;
  attribution: boolean;
  rtl: boolean;
  labelWidth: number;
}

/** Wide enough that no label runs into its text ("PP2 bis" then a gap, never "PP2 bis[Mindful"). */
function labelColumn(writer: PdfWriter, paragraphs: readonly CrpParagraph[]): number {
  const widest = Math.max(0, ...paragraphs.map((paragraph) => writer.measure(printedLabel(paragraph.label), TYPE.body)));
  return Math.min(MAX_LABEL_WIDTH, Math.max(LABEL_WIDTH, Math.ceil(widest) + LABEL_GAP));
}

function paragraphBlock(writer: PdfWriter, paragraph: CrpParagraph, { words, names, attribution, rtl, labelWidth }: BlockContext): void {
  const { doc } = writer;
  const struck = paragraph.status === 'deleted';
  // Lines as the screen view cuts them, numbered per paragraph: "OP 3, line 2" is the same words
  // in this paper and on the projector.
  const lines = wrapPieces(styleParagraphSegments(paragraph.segments, crpRenderOptions(names, paragraph.proposals, attribution, words.language))).map((line) =>
    line.map((piece): RichPiece => ({ text: piece.text, ...PIECE_LOOK[piece.style], ...(struck ? { strike: true } : {}) })),
  );
  writer.keep(TYPE.body * 3);
  const y = doc.y;
  // Right to left, the label stands in the right margin column and the text flows to its left.
  const labelBox = rtl ? { x: writer.left + writer.width - labelWidth + LABEL_GAP, align: 'right' as const } : { x: writer.left };
  writer.line(printedLabel(paragraph.label), { ...labelBox, width: labelWidth - LABEL_GAP });
  const labelBottom = doc.y;
  const labelPage = doc.page;
  doc.y = y;
  const textBox = rtl
    ? { x: writer.left, width: writer.width - labelWidth, align: 'right' as const }
    : { x: writer.left + labelWidth, width: writer.width - labelWidth, align: 'left' as const };
  const numberBox = rtl
    ? { x: writer.left + writer.width + NUMBER_GAP, width: NUMBER_WIDTH, align: 'left' as const }
    : { x: writer.left - NUMBER_GAP - NUMBER_WIDTH, width: NUMBER_WIDTH, align: 'right' as const };
  lines.forEach((line, index) => {
    if (index > 0) writer.keep(TYPE.body * 1.6);
    const lineTop = doc.y;
    writer.line(String(index + 1), { ...numberBox, size: TYPE.small });
    doc.y = lineTop;
    writer.rich(line, { ...textBox, after: index === lines.length - 1 ? 3 : 0 });
  });
  const note = attribution ? paragraph.deletionNote : paragraph.deletionNoteWithoutAttribution;
  if (note) writer.rich([{ text: note, face: 'italic' }], { ...textBox, after: 3 });
  if (paragraph.status !== 'open') {
    writer.rich([{ text: words.statusLine(words.statusLabels[paragraph.status]), face: 'italic' }], { ...textBox, size: TYPE.small, after: 3 });
  }
  if (paragraph.comments.length > 0) {
    writer.keep(TYPE.small * 4);
    writer.rich([{ text: words.commentsHeading, face: 'boldItalic' }], { ...textBox, size: TYPE.small, after: 2 });
    commentBlock(writer, paragraph.comments, { attribution, labelWidth, rtl, words });
  }
  // A label that wrapped in its column is longer than a one-line paragraph.
  doc.y = (doc.page === labelPage ? Math.max(doc.y, labelBottom) : doc.y) + 6;
}

interface CommentContext {
  attribution: boolean;
  labelWidth: number;
  rtl: boolean;
  words: MastheadWords;
}

function commentBlock(writer: PdfWriter, groups: readonly CrpCommentGroup[], { attribution, labelWidth, rtl, words }: CommentContext): void {
  // Indented from the side the text starts on: the left, or the right in Arabic.
  const indented = (indent: number) => ({ x: rtl ? writer.left : writer.left + indent, width: writer.width - indent, size: TYPE.small });
  const box = indented(labelWidth + COMMENT_INDENT);
  const replyBox = indented(labelWidth + 2 * COMMENT_INDENT);
  for (const group of groups) {
    if (attribution) {
      writer.keep(TYPE.small * 3);
      writer.rich([{ text: group.delegationName, face: 'bold' }], { ...indented(labelWidth), after: 1 });
    }
    for (const comment of group.comments) {
      const quote: RichPiece[] = comment.quote ? [{ text: `${words.quoted(comment.quote)} `, face: 'italic' }] : [];
      writer.rich([...quote, { text: comment.body }], { ...box, after: 3 });
      // Each reply under the comment it answers, further in, headed by who replied.
      for (const reply of comment.replies) {
        const by: RichPiece[] = attribution ? [{ text: words.replyFrom(reply.delegationName), face: 'bold' }] : [];
        writer.rich([...by, { text: reply.body }], { ...replyBox, after: 3 });
      }
    }
  }
}
