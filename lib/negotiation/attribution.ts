import { conventionWords, type ConventionWords } from './convention-words';
import type { ProposalPart } from './proposal-spots';
import { CHAIR_DELEGATION } from './schema';

/** Who said what, as the rendered text names it after each proposal and bracket. */

export interface RenderOptions {
  /** Display name of a delegation id, e.g. "Mexico" or "Mexico on behalf of GRULAC". */
  names: (delegationId: string) => string;
  /** Default true. False drops every " (…)" attribution: the CRP "without attribution" variant. */
  attribution?: boolean;
  /**
   * When given, a proposal's attribution also names its supporters and objectors:
   * "(Mexico, supported by Canada and Chile; opposed by Japan)" (the CRP does this).
   */
  positions?: (proposalId: string) => { supporters: readonly string[]; objectors: readonly string[] } | null;
  /** The convention's words in a paper's language (default English, as on screen). */
  words?: ConventionWords;
}

export function delegationDisplayName(delegationId: string, names: (id: string) => string, words: ConventionWords = conventionWords()): string {
  return delegationId === CHAIR_DELEGATION ? words.chair : names(delegationId);
}

/** " (Mexico)" or " (Mexico, supported by Canada; opposed by Japan)"; '' without attribution. */
export function proposalAttribution(part: Pick<ProposalPart, 'proposal' | 'delegation'>, options: RenderOptions): string {
  if (options.attribution === false) return '';
  const words = options.words ?? conventionWords();
  const nameOf = (id: string) => delegationDisplayName(id, options.names, words);
  const name = nameOf(part.delegation);
  const positions = options.positions?.(part.proposal);
  const said: string[] = [];
  if (positions && positions.supporters.length > 0) said.push(words.supportedBy(words.list(positions.supporters.map(nameOf))));
  if (positions && positions.objectors.length > 0) said.push(words.opposedBy(words.list(positions.objectors.map(nameOf))));
  if (said.length === 0) return `${words.open}${name}${words.close}`;
  return `${words.open}${name}${words.comma}${said.join(words.semicolon)}${words.close}`;
}

/** " (Egypt)", " (Canada, supported by Mexico; Japan: delete)" or " (Egypt; note)"; '' when none. */
export function bracketAttribution(bracket: { delegation: string | null; note: string | null }, options: RenderOptions): string {
  if (options.attribution === false) return '';
  const words = options.words ?? conventionWords();
  const parts = [bracket.delegation ? delegationDisplayName(bracket.delegation, options.names, words) : null, bracket.note].filter(
    (part): part is string => typeof part === 'string' && part.length > 0,
  );
  return parts.length > 0 ? `${words.open}${parts.join(words.semicolon)}${words.close}` : '';
}
