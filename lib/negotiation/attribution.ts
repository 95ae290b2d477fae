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
}

export function delegationDisplayName(delegationId: string, names: (id: string) => string): string {
  return delegationId === CHAIR_DELEGATION ? 'Chair' : names(delegationId);
}

function joinNames(list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** " (Mexico)" or " (Mexico, supported by Canada; opposed by Japan)"; '' without attribution. */
export function proposalAttribution(part: Pick<ProposalPart, 'proposal' | 'delegation'>, options: RenderOptions): string {
  if (options.attribution === false) return '';
  const name = delegationDisplayName(part.delegation, options.names);
  const positions = options.positions?.(part.proposal);
  const said: string[] = [];
  if (positions && positions.supporters.length > 0) {
    said.push(`supported by ${joinNames(positions.supporters.map((id) => delegationDisplayName(id, options.names)))}`);
  }
  if (positions && positions.objectors.length > 0) {
    said.push(`opposed by ${joinNames(positions.objectors.map((id) => delegationDisplayName(id, options.names)))}`);
  }
  if (said.length === 0) return ` (${name})`;
  return ` (${name}, ${said.join('; ')})`;
}

/** " (Egypt)", " (Canada, supported by Mexico; Japan: delete)" or " (Egypt; note)"; '' when none. */
export function bracketAttribution(bracket: { delegation: string | null; note: string | null }, options: RenderOptions): string {
  if (options.attribution === false) return '';
  const parts = [bracket.delegation ? delegationDisplayName(bracket.delegation, options.names) : null, bracket.note].filter(
    (part): part is string => typeof part === 'string' && part.length > 0,
  );
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
