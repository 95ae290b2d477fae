/**
 * The shape of a draft's Y.Doc. This file is the single source of truth for key names;
 * docs/PROTOCOL.md describes the same schema for tools outside the browser.
 *
 * Y.Doc (room `draft:<draftId>`)
 *   order:      Y.Array<string>                 paragraph ids, in document order
 *   paragraphs: Y.Map<Y.Map<unknown>>           paragraph id -> paragraph map (keys below)
 *   proposals:  Y.Map<Y.Map<unknown>>           proposal id -> { positions: Y.Map<Position> }
 *   room:       Y.Map<unknown>                  shared room state: `focus` (paragraph id),
 *                                               `speakers` (Y.Array<SpeakerRequest>), `floor` (delegation id),
 *                                               `lastDecision` (the decision that can still be undone)
 *
 * Only the paragraph `text` fragments are edited by clients. Everything else (status, order,
 * labels, positions, focus, speakers' list, decisions) is written by the collaboration server in response to
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
  /** Y.Array<SpeakerRequest>: the delegations waiting for the floor, first come first served. */
  speakers: 'speakers',
  /** Delegation id of the delegation that has the floor; absent when nobody has it. */
  floor: 'floor',
  /**
   * The latest decision the chair may still undo (JSON, see commands/decision-record.ts): what
   * the paragraphs it touched held before and after it. Replaced by the next decision.
   */
  lastDecision: 'lastDecision',
} as const;

/** One entry of the speakers' list: who asked, when (ISO time), and on which paragraph. */
export interface SpeakerRequest {
  delegation: string;
  at: string;
  paragraphId: string | null;
}

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

/**
 * How the alternatives of one spot are written:
 * - `adjacent`: `[Recognizing][Acknowledging]`, each alternative in its own brackets;
 * - `slash`: `[joint investigation teams / parallel investigations]`, one pair of brackets;
 * - `option`: paragraph options ("Option 1: …", "Option 2: No text"), each on its own line.
 */
export const SPOT_FORMS = ['adjacent', 'slash', 'option'] as const;
export type SpotForm = (typeof SPOT_FORMS)[number];

/**
 * Attributes of the `bracket` mark. Every bracket has its own identity, so two adjacent brackets
 * stay two and brackets nest: a character inside `[A [B] C]`'s inner bracket carries two bracket
 * marks (y-tiptap stores the second under a hashed key such as `bracket--AbC12345`).
 */
export interface BracketMarkAttrs {
  /** Unique in the draft. */
  id: string;
  /** User id of whoever placed the bracket (the chair, the secretariat, or the officer who imported the draft). */
  by: string;
  /** Brackets that are alternatives of one spot share a spot id; null for a lone bracket. */
  spot?: string | null;
  /** How the spot's alternatives are written; null for a lone bracket. */
  form?: SpotForm | null;
  /** The option's label as written ("Option 1", "Alt. 1", "Alternative A"); only for form `option`. */
  option?: string | null;
  /** True for an option that proposes to have no such paragraph ("Option 2: No text"). */
  noText?: boolean | null;
  /** Delegation id of the proponent, when the attribution names a delegation of the meeting. */
  delegation?: string | null;
  /** Attribution that is not (only) a delegation: "Canada, supported by Mexico; Japan: delete". */
  note?: string | null;
}

/** Paragraph-level proposals (new paragraph, delete paragraph). */
export type ParagraphProposal = ProposalMarkAttrs;

/** The delegation id used for compromise text offered by the chair. */
export const CHAIR_DELEGATION = 'CHAIR';

/** The ProseMirror node name of the single block inside every paragraph fragment. */
export const BLOCK_NODE = 'paragraph';
