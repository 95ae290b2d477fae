import { conventionWords } from '@/lib/negotiation/convention-words';
import type { TextRun } from '@/lib/negotiation/draft-doc';
import type { Proposal } from '@/lib/negotiation/proposals';
import type { RenderOptions } from '@/lib/negotiation/render';
import type { UntranslatedWord } from './untranslated-words';
import type { ParagraphKind, ParagraphStatus } from '@/lib/negotiation/schema';
import type { Segment } from '@/lib/negotiation/segments';
import type { UnLanguage } from './masthead-words';
import type { MeetingFields } from '../meetings/meeting-fields';

/**
 * The conference room paper as plain data: everything every export format needs, read once
 * from the database (server/exports/build-crp-model.ts). Each format is a pure function of it,
 * so the .docx, the PDF, the Akoma Ntoso file and the plain text never disagree.
 */

export interface CrpDelegation {
  id: string;
  name: string;
  shortName: string;
  /** 'state_party' | 'signatory' | 'observer' | 'group', or 'chair' / 'secretariat' for the presiding officers. */
  kind: string;
}

export interface CrpProposal extends Proposal {
  delegationName: string;
  supporterNames: string[];
  objectorNames: string[];
}

export interface CrpComment {
  id: string;
  /** The text of the version current at the CRP's date. */
  body: string;
  createdAt: string;
  /** When the shown version was written (equals createdAt for an unedited comment). */
  editedAt: string;
  /** The words of the paragraph the comment is about, as they read when it was made. */
  quote: string | null;
  /** The answers to this comment (and to its answers), oldest first, each with who wrote it. */
  replies: CrpReply[];
}

export interface CrpReply {
  id: string;
  delegationId: string | null;
  delegationName: string;
  body: string;
  createdAt: string;
  editedAt: string;
  quote: string | null;
}

/** The comments of one delegation on one paragraph (or on the draft as a whole). */
export interface CrpCommentGroup {
  delegationId: string | null;
  delegationName: string;
  observer: boolean;
  comments: CrpComment[];
}

export interface CrpParagraph {
  id: string;
  label: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  runs: TextRun[];
  segments: Segment[];
  /**
   * renderParagraphText as the CRP prints it: brackets, alternatives, options on their own lines
   * ("\n"), bracket attributions and notes, and after each proposal its delegation with the
   * delegations supporting and opposing it: "(Mexico, supported by Argentina; opposed by Canada)".
   */
  rendered: string;
  /** The same without any attribution, note or position. */
  renderedWithoutAttribution: string;
  /** "[delete paragraph] (Canada)" when the whole paragraph is proposed for deletion. */
  deletionNote: string | null;
  deletionNoteWithoutAttribution: string | null;
  /**
   * The text as if every pending proposal were rejected, without attribution; brackets,
   * alternatives and options that remain are kept in the convention (settledParagraphText).
   */
  cleanText: string;
  proposals: CrpProposal[];
  comments: CrpCommentGroup[];
}

export type CrpMeeting = MeetingFields;

export interface CrpModel {
  meeting: CrpMeeting;
  draft: {
    id: string;
    title: string;
    /** The draft's symbol, or `${symbolPrefix}/CRP.n`; "/Rev.n" appended for a revision named so. */
    symbol: string;
    /** The stored original language code (e.g. "en", "zh"). */
    originalLanguage: string;
    /** The UN language the masthead is written in (English for anything else). */
    language: UnLanguage;
  };
  agendaItem: { number: string; title: string } | null;
  revision: { id: string; name: string; createdAt: string } | null;
  /** ISO date (YYYY-MM-DD) printed in the masthead: the revision's date, or the day of export. */
  date: string;
  /** Every delegation that appears anywhere in the paper, by id (includes 'CHAIR'). */
  delegations: CrpDelegation[];
  paragraphs: CrpParagraph[];
  /** Comments on the draft as a whole. */
  generalComments: CrpCommentGroup[];
  /**
   * What a paper in a language other than English prints in English for want of a translation
   * ("venue", "agenda item 2", "delegation Mexico"); the export tells the secretariat.
   */
  untranslated: string[];
  /** The same words as sentences, for the export menu to word in its reader's language. */
  untranslatedWords: UntranslatedWord[];
}

/** Display names of the paper's delegations, for re-rendering segments (e.g. with styles). */
export function delegationNamer(model: Pick<CrpModel, 'delegations' | 'draft'>): (delegationId: string) => string {
  const names = new Map(model.delegations.map((delegation) => [delegation.id, delegation.name]));
  const unknown = conventionWords(model.draft.language).unknownDelegation;
  return (delegationId) => names.get(delegationId) ?? unknown;
}

/**
 * How the paper renders a paragraph: display names, and each proposal's supporters and
 * objectors after its delegation. Without attribution every " (…)" goes, imported notes included.
 */
export function crpRenderOptions(
  names: (delegationId: string) => string,
  proposals: readonly Pick<Proposal, 'id' | 'supporters' | 'objectors'>[],
  attribution: boolean,
  language: UnLanguage = 'en',
): RenderOptions {
  const byId = new Map(proposals.map((proposal) => [proposal.id, { supporters: proposal.supporters, objectors: proposal.objectors }]));
  return { names, attribution, positions: (proposalId) => byId.get(proposalId) ?? null, words: conventionWords(language) };
}
