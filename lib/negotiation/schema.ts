/**
 * The shape of a draft's Y.Doc. This file is the single source of truth for key names;
 * docs/PROTOCOL.md describes the same schema for tools outside the browser.
 *
 * Y.Doc (room `draft:<draftId>`)
 *   order:      Y.Array<string>                 paragraph ids, in document order
 *   paragraphs: Y.Map<Y.Map<unknown>>           paragraph id -> paragraph map (keys below)
 *   proposals:  Y.Map<Y.Map<unknown>>           proposal id -> { positions: Y.Map<Position> }
 *   room:       Y.Map<unknown>                  shared room state, e.g. `focus` (paragraph id)
 *
 * Only the paragraph `text` fragments are edited by clients. Everything else (status, order,
 * labels, positions, focus, decisions) is written by the collaboration server in response to
 * commands, so that a decision can never race with a keystroke.
 */

export const DOC_KEYS = {
  order: 'order',
  paragraphs: 'paragraphs',
  proposals: 'proposals',
  room: 'room',
} as const;

export const PARAGRAPH_KEYS = {
  label: 'label',
  kind: 'kind',
  status: 'status',
  /** Delegation id, present while a delegation's proposed new paragraph is not yet agreed. */
  proposedBy: 'proposedBy',
  /** ParagraphProposal (JSON) when a delegation proposes deleting the whole paragraph. */
  deletionProposal: 'deletionProposal',
  /** ParagraphProposal (JSON) when the paragraph itself was proposed as new. */
  insertionProposal: 'insertionProposal',
  text: 'text',
} as const;

export const PROPOSAL_KEYS = {
  positions: 'positions',
} as const;

export const ROOM_KEYS = {
  focus: 'focus',
} as const;

export const PARAGRAPH_KINDS = ['PP', 'OP'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export const PARAGRAPH_STATUSES = [
  'open',
  'agreed_informals',
  'agreed_ad_ref',
  'agreed',
  'parked',
  'deleted',
] as const;
export type ParagraphStatus = (typeof PARAGRAPH_STATUSES)[number];

export const POSITIONS = ['support', 'oppose'] as const;
export type Position = (typeof POSITIONS)[number];

/** Text mark names as stored on Y.XmlText attributes (y-prosemirror may suffix `--<hash>` on overlaps). */
export const MARKS = {
  insertion: 'insertion',
  deletion: 'deletion',
  bracket: 'bracket',
} as const;

/** Attributes of the `insertion` and `deletion` marks. `author` is a user id; `at` an ISO time. */
export interface ProposalMarkAttrs {
  proposal: string;
  delegation: string;
  author: string;
  at: string;
}

/** Attributes of the `bracket` mark: who put the text in brackets (user id). */
export interface BracketMarkAttrs {
  by: string;
}

/** Paragraph-level proposals (new paragraph, delete paragraph). */
export type ParagraphProposal = ProposalMarkAttrs;

/** The delegation id used for compromise text offered by the chair. */
export const CHAIR_DELEGATION = 'CHAIR';

/** The ProseMirror node name of the single block inside every paragraph fragment. */
export const BLOCK_NODE = 'paragraph';
