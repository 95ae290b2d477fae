import type { ParagraphMap, TextRun } from './draft-doc';
import { isProposalMarkAttrs, readRunMarks } from './marks';
import { CHAIR_DELEGATION, PARAGRAPH_KEYS } from './schema';
import { renderParagraphSegments, type ProposalPart, type Segment } from './segments';

/**
 * Plain-text rendering of a paragraph, used by the screen legend, the JSON API and all exports.
 *
 * CONVENTION — every pending span sits in square brackets, and the delegation that proposed
 * it follows in parentheses after the closing bracket (display name from `names`; the chair's
 * compromise text, delegation 'CHAIR', renders "Chair"):
 *   insertion              `[should] (Mexico)`
 *   deletion               `[delete: shall] (Mexico)`
 *   replacement            `[replace: shall | with: should] (Mexico)`
 *                          (a deletion and an insertion of one proposal, adjacent)
 *   alternatives           `[alt 1: should (Mexico) / alt 2: may (Canada)]`
 *                          (adjacent insertions of different proposals at one spot)
 *   alternatives replacing a deletion
 *                          `[replace: shall (Mexico) | with: alt 1: should (Mexico) / alt 2: may (Canada)]`
 *   bracketed base text    `[text]`
 *   paragraph deletion     `[delete paragraph] (Canada)` — a note shown with the paragraph
 *                          (renderParagraphDeletionNote); a proposed new paragraph is simply
 *                          an insertion of its whole text: `[Invites donors.] (Mexico)`
 * With `{ attribution: false }` the output is identical minus every " (Name)".
 * Whitespace at the edges of a span is moved outside its brackets ("[hereby] (Mexico) to",
 * not "[hereby ] (Mexico)to"); a span of only whitespace keeps it inside.
 */

export interface RenderOptions {
  /** Display name of a delegation id, e.g. "Mexico" or "Mexico on behalf of GRULAC". */
  names: (delegationId: string) => string;
  /** Default true. False drops every " (Name)" — the CRP "without attribution" variant. */
  attribution?: boolean;
}

export function delegationDisplayName(delegationId: string, names: (id: string) => string): string {
  return delegationId === CHAIR_DELEGATION ? 'Chair' : names(delegationId);
}

export interface Spaced {
  lead: string;
  core: string;
  trail: string;
}

/** Whitespace at the edges of a span goes outside its brackets: "[hereby] (Mexico) to". */
export function splitSpace(text: string): Spaced {
  const core = text.trim();
  if (core.length === 0) return { lead: '', core: text, trail: '' };
  const start = text.indexOf(core);
  return { lead: text.slice(0, start), core, trail: text.slice(start + core.length) };
}

function renderSegment(segment: Segment, options: RenderOptions): string {
  const withName = options.attribution !== false;
  const by = (part: ProposalPart): string =>
    withName ? ` (${delegationDisplayName(part.delegation, options.names)})` : '';
  switch (segment.kind) {
    case 'plain':
      return segment.text;
    case 'bracket': {
      const s = splitSpace(segment.text);
      return `${s.lead}[${s.core}]${s.trail}`;
    }
    case 'insertion': {
      const s = splitSpace(segment.text);
      return `${s.lead}[${s.core}]${by(segment)}${s.trail}`;
    }
    case 'deletion': {
      const s = splitSpace(segment.text);
      return `${s.lead}[delete: ${s.core}]${by(segment)}${s.trail}`;
    }
    case 'replacement': {
      const removed = splitSpace(segment.deleted);
      const added = splitSpace(segment.text);
      return `${removed.lead}[replace: ${removed.core} | with: ${added.core}]${by(segment)}${added.trail}`;
    }
    case 'alternatives': {
      const parts = segment.alternatives.map(
        (part, i) => `alt ${i + 1}: ${splitSpace(part.text).core}${by(part)}`,
      );
      const lastText = segment.alternatives[segment.alternatives.length - 1]?.text ?? '';
      const trail = splitSpace(lastText).trail;
      if (!segment.deleted) {
        const lead = splitSpace(segment.alternatives[0]?.text ?? '').lead;
        return `${lead}[${parts.join(' / ')}]${trail}`;
      }
      const removed = splitSpace(segment.deleted.text);
      const removedBy = by(segment.deleted);
      return `${removed.lead}[replace: ${removed.core}${removedBy} | with: ${parts.join(' / ')}]${trail}`;
    }
  }
}

/** The paragraph as one line of text with brackets and (optionally) attributions. */
export function renderParagraphText(runs: readonly TextRun[], options: RenderOptions): string {
  return renderParagraphSegments(runs)
    .map((segment) => renderSegment(segment, options))
    .join('');
}

/** The text as if every pending proposal were rejected: deletions kept, insertions dropped. */
export function renderCleanText(runs: readonly TextRun[]): string {
  return runs
    .filter((run) => typeof run.insert === 'string' && readRunMarks(run.attributes).insertions.length === 0)
    .map((run) => run.insert)
    .join('');
}

/** The text as if every pending proposal were accepted: insertions kept, deletions dropped. */
export function renderAcceptedText(runs: readonly TextRun[]): string {
  return runs
    .filter((run) => typeof run.insert === 'string' && readRunMarks(run.attributes).deletions.length === 0)
    .map((run) => run.insert)
    .join('');
}

/** The note for a pending proposal to delete the whole paragraph, or null when there is none. */
export function renderParagraphDeletionNote(paragraph: ParagraphMap, options: RenderOptions): string | null {
  const proposal = paragraph.get(PARAGRAPH_KEYS.deletionProposal);
  if (!isProposalMarkAttrs(proposal)) return null;
  const by = options.attribution === false ? '' : ` (${delegationDisplayName(proposal.delegation, options.names)})`;
  return `[delete paragraph]${by}`;
}

export { renderParagraphSegments, type ProposalPart, type Segment } from './segments';
