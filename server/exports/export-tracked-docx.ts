import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  NumberFormat,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import { delegationNamer, type CrpModel, type CrpParagraph, type CrpProposal } from '@/lib/exports/crp-model';
import { mastheadWords, type MastheadWords } from '@/lib/exports/masthead-words';
import { printedLabel } from '@/lib/exports/symbols';
import { delegationDisplayName } from '@/lib/negotiation/render';
import { docxMasthead } from './docx/docx-masthead';
import { SIZE, documentStyles, isRightToLeft, packDocx } from './docx/docx-style';
import { trackedPieces } from './docx/tracked-pieces';

const INDENT = { left: 1134, hanging: 567 } as const;

/**
 * The draft as a Word document with real tracked changes: every pending proposal is an
 * insertion or deletion whose author is the delegation's name and whose date is the proposal's,
 * so the secretariat can continue in Word's Review pane (accept, reject, next change). Supporters
 * and objectors of a proposal are a Word comment on it. Track changes is switched on.
 */
export async function exportTrackedDocx(model: CrpModel): Promise<Buffer> {
  const words = mastheadWords(model.draft.language);
  const names = delegationNamer(model);
  const bidirectional = isRightToLeft(model.draft.language);
  const masthead = docxMasthead(model);
  const ids = { revision: 1, comment: 0 };
  const comments: ICommentOptions[] = [];
  const body = model.paragraphs.flatMap((paragraph) => {
    const children = trackedChildren(paragraph, names, ids);
    const commentRuns = positionComments(paragraph.proposals, ids, comments);
    const blocks = [new Paragraph({ bidirectional, indent: INDENT, children: [...commentRuns.starts, new TextRun(`${printedLabel(paragraph.label)}\t`), ...children, ...commentRuns.ends] })];
    return [...blocks, ...statusLine(paragraph, words, bidirectional)];
  });
  const document = new Document({
    creator: 'Concord',
    title: `${model.draft.symbol} ${model.draft.title}`,
    styles: documentStyles(model.draft.language),
    features: { trackRevisions: true },
    footnotes: masthead.footnotes,
    comments: { children: comments },
    sections: [{ properties: { footnoteProperties: { numberFormat: { type: NumberFormat.CHICAGO } } }, children: [...masthead.paragraphs, ...body] }],
  });
  return packDocx(document);
}

function trackedChildren(paragraph: CrpParagraph, names: (id: string) => string, ids: { revision: number }): ParagraphChild[] {
  const paragraphDeletion = paragraph.proposals.find((proposal) => proposal.kind === 'delete_paragraph') ?? null;
  const deletionAttrs = paragraphDeletion
    ? { proposal: paragraphDeletion.id, delegation: paragraphDeletion.delegation, author: paragraphDeletion.author, at: paragraphDeletion.at }
    : null;
  const struck = paragraph.status === 'deleted';
  return trackedPieces(paragraph.runs, deletionAttrs).map((piece) => {
    if (piece.kind === 'plain') return new TextRun({ text: piece.text, strike: struck || undefined });
    const change = { id: ids.revision++, author: delegationDisplayName(piece.proposal.delegation, names), date: wordDate(piece.proposal.at) };
    return piece.kind === 'insertion'
      ? new InsertedTextRun({ ...change, text: piece.text })
      : new DeletedTextRun({ ...change, text: piece.text });
  });
}

/** Word wants w:date without milliseconds; an unparsable stored date is left out rather than invented. */
function wordDate(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One Word comment per proposal that delegations have supported or opposed, anchored on the paragraph. */
function positionComments(proposals: readonly CrpProposal[], ids: { comment: number }, comments: ICommentOptions[]) {
  const starts: ParagraphChild[] = [];
  const ends: ParagraphChild[] = [];
  for (const proposal of proposals) {
    if (proposal.supporterNames.length === 0 && proposal.objectorNames.length === 0) continue;
    const id = ids.comment++;
    const lines = [`Proposal by ${proposal.delegationName}.`];
    if (proposal.supporterNames.length > 0) lines.push(`Supported by: ${proposal.supporterNames.join(', ')}.`);
    if (proposal.objectorNames.length > 0) lines.push(`Opposed by: ${proposal.objectorNames.join(', ')}.`);
    comments.push({ id, author: 'Concord', initials: 'C', children: lines.map((line) => new Paragraph(line)) });
    starts.push(new CommentRangeStart(id));
    ends.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
  }
  return { starts, ends };
}

function statusLine(paragraph: CrpParagraph, words: MastheadWords, bidirectional: boolean): Paragraph[] {
  if (paragraph.status === 'open') return [];
  const text = `${words.status}: ${words.statusLabels[paragraph.status]}`;
  return [new Paragraph({ bidirectional, indent: { left: INDENT.left }, children: [new TextRun({ text, italics: true, size: SIZE.small })] })];
}
