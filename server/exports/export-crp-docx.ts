import { Document, LineNumberRestartFormat, NumberFormat, Paragraph, SectionType, TextRun } from 'docx';
import { crpRenderOptions, delegationNamer, type CrpCommentGroup, type CrpModel, type CrpParagraph } from '@/lib/exports/crp-model';
import { mastheadWords, type MastheadWords } from '@/lib/exports/masthead-words';
import { styleParagraphSegments } from '@/lib/negotiation/styled-text';
import { printedLabel } from '@/lib/exports/symbols';
import { docxMasthead } from './docx/docx-masthead';
import { docxPageFurniture } from './docx/docx-page-furniture';
import { SIZE, documentStyles, isRightToLeft, packDocx, styledRuns } from './docx/docx-style';

export interface CrpExportOptions {
  /** Default true. False: the same compilation without the delegations' names. */
  attribution?: boolean;
}

const INDENT = { left: 1134, hanging: 567 } as const;
const COMMENT_INDENT = { left: 1701 } as const;
const REPLY_INDENT = { left: 2268 } as const;
const footnoteProperties = { numberFormat: { type: NumberFormat.DECIMAL } };
/** Every line numbered, continuously, 0.5 cm left of the text. */
const LINE_NUMBERS = { countBy: 1, start: 1, restart: LineNumberRestartFormat.CONTINUOUS, distance: 284 };

/**
 * The conference room paper as a Word document: masthead, secretariat note, every paragraph
 * with its label, its text in the room's bracket convention (proposed words bold and underlined,
 * words proposed for deletion struck through, attributions in italics), its status when not
 * open, and the comments received on it by delegation.
 */
export async function exportCrpDocx(model: CrpModel, options: CrpExportOptions = {}): Promise<Buffer> {
  const attribution = options.attribution !== false;
  const words = mastheadWords(model.draft.language);
  const bidirectional = isRightToLeft(model.draft.language);
  const masthead = docxMasthead(model);
  const body: Paragraph[] = [
    new Paragraph({ bidirectional, children: [new TextRun({ text: words.secretariatNoteHeading, bold: true })] }),
    new Paragraph({ bidirectional, spacing: { after: 360 }, children: [new TextRun(words.secretariatNote(attribution))] }),
  ];
  const context: BlockContext = { words, names: delegationNamer(model), attribution, bidirectional };
  for (const paragraph of model.paragraphs) body.push(...paragraphBlock(paragraph, context));
  if (model.generalComments.length > 0) {
    body.push(new Paragraph({ bidirectional, spacing: { before: 360 }, children: [new TextRun({ text: words.generalCommentsHeading, bold: true })] }));
    body.push(...commentBlock(model.generalComments, attribution, bidirectional, words));
  }
  const furniture = docxPageFurniture(model.draft.symbol, bidirectional);
  const document = new Document({
    creator: 'Concord',
    title: `${model.draft.symbol} ${model.draft.title}`,
    styles: documentStyles(model.draft.language),
    footnotes: masthead.footnotes,
    sections: [
      { properties: { footnoteProperties, titlePage: true }, ...furniture, children: masthead.paragraphs },
      // The body continues on the same page with its lines numbered through the whole paper, so one
      // number names one printed line ("line 42") without a page; the masthead is not counted.
      { properties: { type: SectionType.CONTINUOUS, footnoteProperties, lineNumbers: LINE_NUMBERS }, ...furniture, children: body },
    ],
  });
  return packDocx(document, model.draft.language);
}

interface BlockContext {
  words: MastheadWords;
  names: (delegationId: string) => string;
  attribution: boolean;
  bidirectional: boolean;
}

function paragraphBlock(paragraph: CrpParagraph, { words, names, attribution, bidirectional }: BlockContext): Paragraph[] {
  const pieces = styleParagraphSegments(paragraph.segments, crpRenderOptions(names, paragraph.proposals, attribution, words.language));
  const label = printedLabel(paragraph.label);
  const blocks: Paragraph[] = [
    new Paragraph({
      bidirectional,
      indent: INDENT,
      keepNext: paragraph.comments.length > 0,
      children: [new TextRun(label ? `${label}\t` : '\t'), ...styledRuns(pieces, { struck: paragraph.status === 'deleted', rtl: bidirectional })],
    }),
  ];
  const note = attribution ? paragraph.deletionNote : paragraph.deletionNoteWithoutAttribution;
  if (note) blocks.push(new Paragraph({ bidirectional, indent: { left: INDENT.left }, children: [new TextRun({ text: note, italics: true })] }));
  if (paragraph.status !== 'open') {
    blocks.push(
      new Paragraph({
        bidirectional,
        indent: { left: INDENT.left },
        children: [new TextRun({ text: words.statusLine(words.statusLabels[paragraph.status]), italics: true, size: SIZE.small })],
      }),
    );
  }
  if (paragraph.comments.length > 0) {
    blocks.push(
      new Paragraph({
        bidirectional,
        indent: { left: INDENT.left },
        keepNext: true,
        children: [new TextRun({ text: words.commentsHeading, italics: true, bold: true, size: SIZE.small })],
      }),
    );
    blocks.push(...commentBlock(paragraph.comments, attribution, bidirectional, words));
  }
  return blocks;
}

function commentBlock(groups: readonly CrpCommentGroup[], attribution: boolean, bidirectional: boolean, words: MastheadWords): Paragraph[] {
  const small = (text: string, style: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, size: SIZE.small, ...style });
  return groups.flatMap((group) => {
    const lines = group.comments.flatMap((comment) => [
      new Paragraph({
        bidirectional,
        indent: COMMENT_INDENT,
        children: [...(comment.quote ? [small(`${words.quoted(comment.quote)} `, { italics: true })] : []), small(comment.body)],
      }),
      // Each reply under the comment it answers, further in, headed by who replied.
      ...comment.replies.map(
        (reply) =>
          new Paragraph({
            bidirectional,
            indent: REPLY_INDENT,
            children: [...(attribution ? [small(words.replyFrom(reply.delegationName), { bold: true })] : []), small(reply.body)],
          }),
      ),
    ]);
    if (!attribution) return lines;
    const heading = new Paragraph({
      bidirectional,
      indent: { left: INDENT.left },
      keepNext: true,
      spacing: { after: 40 },
      children: [new TextRun({ text: group.delegationName, bold: true, size: SIZE.small })],
    });
    return [heading, ...lines];
  });
}
