import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ImportedXmlComponent,
  InsertedTextRun,
  NumberFormat,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { delegationNamer, type CrpModel, type CrpParagraph, type CrpProposal } from '@/lib/exports/crp-model';
import { mastheadWords, type MastheadWords } from '@/lib/exports/masthead-words';
import { printedLabel } from '@/lib/exports/symbols';
import { docxMasthead } from './docx/docx-masthead';
import { conventionWords, type ConventionWords } from '@/lib/negotiation/convention-words';
import { docxPageFurniture } from './docx/docx-page-furniture';
import { SIZE, documentStyles, isRightToLeft, packDocx } from './docx/docx-style';
import { labelChange } from './docx/tracked-paragraph';
import { trackedPieces, type ParagraphChange, type TrackedPiece } from './docx/tracked-pieces';
import type { ProposalMarkAttrs } from '@/lib/negotiation/schema';

const INDENT = { left: 1134, hanging: 567 } as const;

/**
 * The draft as a Word document with real tracked changes: every pending proposal is an
 * insertion or deletion whose author is the delegation's name and whose date is the proposal's,
 * so the secretariat can continue in Word's Review pane (accept, reject, next change). "Accept
 * all" gives the text the chair gets by accepting every proposal and the first alternative of
 * every set; "Reject all" the text with every proposal rejected (see docx/tracked-pieces.ts).
 * Alternatives beyond the first, and supporters and objectors, are Word comments. Track changes
 * is switched on.
 */
export async function exportTrackedDocx(model: CrpModel): Promise<Buffer> {
  const words = mastheadWords(model.draft.language);
  const names = delegationNamer(model);
  const convention = conventionWords(model.draft.language);
  const bidirectional = isRightToLeft(model.draft.language);
  const masthead = docxMasthead(model);
  const ids = { revision: 1, comment: 0 };
  const comments: ICommentOptions[] = [];
  const body = model.paragraphs.flatMap((paragraph) => {
    const change = paragraphChange(paragraph);
    const pieces = trackedPieces(paragraph.runs, change, names, convention);
    const children = trackedChildren(pieces, paragraph.status === 'deleted', names, ids, comments);
    const commentRuns = positionComments(paragraph.proposals, ids, comments, convention);
    const whole = labelChange(pieces, change);
    const label = changeRun({ text: `${printedLabel(paragraph.label)}\t` }, whole.insertion, whole.deletion, names, ids);
    const mark =
      whole.insertion || whole.deletion
        ? {
            ...(whole.insertion ? { insertion: revision(whole.insertion, names, ids) } : {}),
            ...(whole.deletion ? { deletion: revision(whole.deletion, names, ids) } : {}),
          }
        : undefined;
    const blocks = [new Paragraph({ bidirectional, indent: INDENT, run: mark, children: [...commentRuns.starts, label, ...children, ...commentRuns.ends] })];
    return [...blocks, ...statusLine(paragraph, words, bidirectional, change)];
  });
  const document = new Document({
    creator: 'Concord',
    title: `${model.draft.symbol} ${model.draft.title}`,
    styles: documentStyles(model.draft.language),
    features: { trackRevisions: true },
    footnotes: masthead.footnotes,
    comments: { children: comments },
    sections: [
      {
        properties: { footnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL } }, titlePage: true },
        ...docxPageFurniture(model.draft.symbol, bidirectional),
        children: [...masthead.paragraphs, ...body],
      },
    ],
  });
  return packDocx(document, model.draft.language);
}

interface Ids {
  revision: number;
  comment: number;
}

function paragraphChange(paragraph: CrpParagraph): ParagraphChange {
  const attrs = (kind: CrpProposal['kind']) => {
    const found = paragraph.proposals.find((proposal) => proposal.kind === kind);
    return found ? { proposal: found.id, delegation: found.delegation, author: found.author, at: found.at } : null;
  };
  return { insertion: attrs('new_paragraph'), deletion: attrs('delete_paragraph') };
}

function revision(proposal: ProposalMarkAttrs, names: (id: string) => string, ids: Ids) {
  return { id: ids.revision++, author: names(proposal.delegation), date: wordDate(proposal.at) };
}

function trackedChildren(pieces: readonly TrackedPiece[], struck: boolean, names: (id: string) => string, ids: Ids, comments: ICommentOptions[]): ParagraphChild[] {
  const anchors = new Map<string, number[]>();
  return pieces.flatMap((piece): ParagraphChild[] => {
    if (piece.kind === 'anchor' && piece.edge === 'start') {
      const noteIds = piece.notes.map((note) => {
        const id = ids.comment++;
        const author = names(note.delegation);
        const date = Date.parse(note.at);
        comments.push({ id, author, initials: initialsOf(author), date: Number.isNaN(date) ? undefined : new Date(date), children: [new Paragraph(note.text)] });
        return id;
      });
      anchors.set(piece.set, noteIds);
      return noteIds.map((id) => new CommentRangeStart(id));
    }
    if (piece.kind === 'anchor') {
      return (anchors.get(piece.set) ?? []).flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]);
    }
    const look = { ...(piece.text === '\n' ? { break: 1 } : { text: piece.text }), italics: piece.look === 'attribution' || undefined, strike: struck || undefined };
    return [changeRun(look, piece.inserted, piece.deleted, names, ids)];
  });
}

type RunLook = Omit<IRunOptions, 'children'>;

/** A run as plain text, an insertion, a deletion, or words one delegation added and another strikes. */
function changeRun(look: RunLook, inserted: ProposalMarkAttrs | null, deleted: ProposalMarkAttrs | null, names: (id: string) => string, ids: Ids): ParagraphChild {
  if (inserted && deleted) {
    // Gone whichever way Word decides. docx has no type for a run inside both an insertion and a
    // deletion; Word reads w:del inside w:ins.
    const insertion = revision(inserted, names, ids);
    const wrapper = new ImportedXmlComponent('w:ins', { 'w:id': insertion.id, 'w:author': insertion.author, 'w:date': insertion.date });
    wrapper.push(new DeletedTextRun({ ...revision(deleted, names, ids), ...look }));
    return wrapper as unknown as ParagraphChild;
  }
  if (inserted) return new InsertedTextRun({ ...revision(inserted, names, ids), ...look });
  if (deleted) return new DeletedTextRun({ ...revision(deleted, names, ids), ...look });
  return new TextRun(look);
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
    .slice(0, 4) || name.slice(0, 1);
}

/** Word wants w:date without milliseconds; an unparsable stored date is left out rather than invented. */
function wordDate(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * One Word comment per proposal that delegations have supported or opposed, anchored on the
 * paragraph and written by the Secretariat, which records positions: "Mexico, supported by
 * Argentina; opposed by Canada" in the paper's language.
 */
function positionComments(proposals: readonly CrpProposal[], ids: { comment: number }, comments: ICommentOptions[], w: ConventionWords) {
  const starts: ParagraphChild[] = [];
  const ends: ParagraphChild[] = [];
  for (const proposal of proposals) {
    if (proposal.supporterNames.length === 0 && proposal.objectorNames.length === 0) continue;
    const id = ids.comment++;
    const said: string[] = [];
    if (proposal.supporterNames.length > 0) said.push(w.supportedBy(w.list(proposal.supporterNames)));
    if (proposal.objectorNames.length > 0) said.push(w.opposedBy(w.list(proposal.objectorNames)));
    const text = `${proposal.delegationName}${w.comma}${said.join(w.semicolon)}`;
    comments.push({ id, author: w.secretariat, initials: initialsOf(w.secretariat), children: [new Paragraph(text)] });
    starts.push(new CommentRangeStart(id));
    ends.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
  }
  return { starts, ends };
}

function statusLine(paragraph: CrpParagraph, words: MastheadWords, bidirectional: boolean, change: ParagraphChange): Paragraph[] {
  // A proposed new paragraph's status line would outlive the paragraph if Word rejected it.
  if (paragraph.status === 'open' || change.insertion) return [];
  const text = words.statusLine(words.statusLabels[paragraph.status]);
  return [new Paragraph({ bidirectional, indent: { left: INDENT.left }, children: [new TextRun({ text, italics: true, size: SIZE.small })] })];
}
