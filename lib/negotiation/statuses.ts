import { PARAGRAPH_STATUSES, type ParagraphStatus } from './schema';

/**
 * Paragraph statuses as the room names them, with the colours delegates know from the
 * screen: white for open, yellow for informals, light blue for ad referendum, green for
 * agreed, grey for parked, red for deleted.
 */

export const STATUS_LABELS: Record<ParagraphStatus, string> = {
  open: 'Open',
  agreed_informals: 'Agreed in informals',
  agreed_ad_ref: 'Agreed ad referendum',
  agreed: 'Agreed',
  parked: 'Parked',
  deleted: 'Deleted',
};

export type StatusColourToken = 'white' | 'yellow' | 'light-blue' | 'green' | 'grey' | 'red';

export interface StatusColour {
  /** A stable name for CSS classes and exports (e.g. `status-light-blue`). */
  token: StatusColourToken;
  /** Background fill of the paragraph on screen and in exports. */
  background: string;
  /** Border / badge accent, darker than the background so it reads on white. */
  accent: string;
}

export const STATUS_COLOURS: Record<ParagraphStatus, StatusColour> = {
  open: { token: 'white', background: '#ffffff', accent: '#6b7280' },
  agreed_informals: { token: 'yellow', background: '#fef9c3', accent: '#a16207' },
  agreed_ad_ref: { token: 'light-blue', background: '#dbeafe', accent: '#1d4ed8' },
  agreed: { token: 'green', background: '#dcfce7', accent: '#15803d' },
  parked: { token: 'grey', background: '#e5e7eb', accent: '#4b5563' },
  deleted: { token: 'red', background: '#fee2e2', accent: '#b91c1c' },
};

export function isParagraphStatus(value: unknown): value is ParagraphStatus {
  return typeof value === 'string' && (PARAGRAPH_STATUSES as readonly string[]).includes(value);
}

/** Agreed text is final and deleted text is gone by agreement: nobody edits either until reopened. */
export function isTextLocked(status: ParagraphStatus): boolean {
  return status === 'agreed' || status === 'deleted';
}

/**
 * Proposals (insert, delete, replace, new paragraph, delete paragraph) are only made while a
 * paragraph is under negotiation. Agreed-in-informals, ad referendum and parked paragraphs
 * must be reopened first, so that a settled compromise is not silently amended.
 */
export function delegatesMayPropose(status: ParagraphStatus): boolean {
  return status === 'open';
}

/** Reopening is setting any other status back to `open`. */
export function isReopening(from: ParagraphStatus, to: ParagraphStatus): boolean {
  return from !== 'open' && to === 'open';
}
