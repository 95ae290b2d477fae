import type { ParagraphMap, TextRun } from './draft-doc';
import { delegationDisplayName, type RenderOptions } from './attribution';
import { conventionWords } from './convention-words';
import { isProposalMarkAttrs, readRunMarks } from './marks';
import { PARAGRAPH_KEYS } from './schema';
import { styleParagraphText } from './styled-text';

/**
 * Plain-text rendering of a paragraph, used by the screen, the JSON API and all exports.
 *
 * CONVENTION — everything not agreed sits in square brackets, and who proposed it follows in
 * parentheses after the closing bracket (display name from `names`; the chair's compromise
 * text, delegation 'CHAIR', renders "Chair"):
 *   insertion              `[should] (Mexico)`
 *   deletion               `[delete: shall] (Mexico)`
 *   replacement            `[replace: shall | with: should] (Mexico)`
 *   alternative set        competing proposals at one spot (they strike the same words, or
 *                          insert at the same place); the struck words appear once when every
 *                          alternative strikes the same words:
 *                          `[replace: should | with: alt 1: shall (Mexico) / alt 2: may (Canada)]`
 *                          `[alt 1: should (Mexico) / alt 2: may (Canada)]` (insertions only)
 *                          `[alt 1: replace: should | with: shall (Mexico) / alt 2: delete: should consider (Canada)]`
 *                          an alternative that only strikes the common words reads `no text`
 *   bracketed base text    `[text]`, nested `[States parties should [consider] provide[ing] training]`,
 *                          with an attribution `[text] (Egypt)` or a note `[text] (Canada, supported by Mexico)`
 *   bracket alternatives   `[Recognizing][Acknowledging]`, `[joint teams / parallel investigations]`
 *   paragraph options      each on its own line: `Option 1: States should …\nOption 2: No text.`
 *   paragraph deletion     `[delete paragraph] (Canada)` — a note shown with the paragraph
 *                          (renderParagraphDeletionNote); a proposed new paragraph is simply
 *                          an insertion of its whole text: `[Invites donors.] (Mexico)`
 * With `{ attribution: false }` the output is identical minus every " (…)".
 * With `positions`, a proposal's attribution names its supporters and objectors:
 * `[should] (Mexico, supported by Canada; opposed by Japan)`.
 * Whitespace at the edges of a span is moved outside its brackets ("[hereby] (Mexico) to",
 * not "[hereby ] (Mexico)to"); a span of only whitespace keeps it inside.
 */

/** The paragraph as text with brackets and (optionally) attributions; options on their own lines. */
export function renderParagraphText(runs: readonly TextRun[], options: RenderOptions): string {
  return styleParagraphText(runs, options)
    .map((piece) => piece.text)
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
  const words = options.words ?? conventionWords();
  const by = options.attribution === false ? '' : `${words.open}${delegationDisplayName(proposal.delegation, options.names, words)}${words.close}`;
  return `[${words.deleteParagraph}]${by}`;
}

export { renderParagraphSegments, type ProposalPart, type Segment } from './segments';
export { delegationDisplayName, type RenderOptions } from './attribution';
export { splitSpace, type Spaced } from './spacing';
