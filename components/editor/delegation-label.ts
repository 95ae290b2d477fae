import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { PALETTE_SIZE } from './delegation-palette';

/** How a delegation is shown on screen next to its proposals. */
export interface DelegationLabel {
  /** Short attribution shown as a superscript, e.g. "MEX", "EU", "GRULAC". */
  shortName: string;
  /** Full name, used in tooltips, e.g. "Mexico". */
  name: string;
  /** Index into the delegation palette (delegation-palette.ts); taken modulo PALETTE_SIZE. */
  colorIndex: number;
}

export type DelegationLabels = ReadonlyMap<string, DelegationLabel>;
export type DelegationLookup = (delegationId: string) => DelegationLabel | undefined;

const CHAIR_LABEL = { shortName: 'Chair', name: 'Chair' } as const;

export interface ResolvedAttribution {
  shortName: string;
  name: string;
  /** "0".."255", "chair" or "unknown": the value of data-color-index. */
  colorKey: string;
}

/**
 * The chair's compromise text is attributed to "Chair", never to a delegation lookup, so that
 * a missing entry in the delegation list cannot show the chair's text as anonymous.
 */
export function resolveAttribution(delegationId: string, lookup: DelegationLookup): ResolvedAttribution {
  if (delegationId === CHAIR_DELEGATION) return { ...CHAIR_LABEL, colorKey: 'chair' };
  const label = lookup(delegationId);
  if (!label) return { shortName: '?', name: 'Unknown delegation', colorKey: 'unknown' };
  const index = ((Math.trunc(label.colorIndex) % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE;
  return { shortName: label.shortName, name: label.name, colorKey: String(index) };
}

/** A delegation list as the draft page has it: labels with their ids. */
export type DelegationList = readonly (DelegationLabel & { id: string })[];

/** Accepts either a map by id or a list, so callers need not convert. */
export function toDelegationLabels(delegations: DelegationLabels | DelegationList): DelegationLabels {
  if (!Array.isArray(delegations)) return delegations as DelegationLabels;
  return new Map((delegations as DelegationList).map((delegation) => [delegation.id, delegation]));
}
