import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { resolveAttribution } from '@/components/editor/delegation-label';
import { delegationColour } from '@/components/editor/delegation-palette';
import type { DelegationInfo } from './types';

/** Display names for attributions: the Chair, a delegation, or a plain fallback for an unknown id. */
export function delegationNamer(delegations: DelegationInfo[]) {
  const byId = new Map(delegations.map((delegation) => [delegation.id, delegation]));
  return {
    name: (id: string) => (id === CHAIR_DELEGATION ? 'Chair' : (byId.get(id)?.name ?? 'Unknown delegation')),
    shortName: (id: string) => (id === CHAIR_DELEGATION ? 'Chair' : (byId.get(id)?.shortName ?? '?')),
    /** The value of `data-color-index` used by editor.css: "0".."255", "chair" or "unknown". */
    colorKey: (id: string) => resolveAttribution(id, (key) => byId.get(key)).colorKey,
    get: (id: string) => byId.get(id),
  };
}

export type DelegationNamer = ReturnType<typeof delegationNamer>;

/** A delegation's caret colour: the same generated palette as its proposal marks (#rrggbb). */
export function caretColour(colorKey: string): string {
  const index = Number(colorKey);
  return Number.isInteger(index) ? delegationColour(index) : '#1b1b1b';
}
