import type { Delegation, DelegationKind } from '@/server/db/schema';

/** What the draft room needs to name and colour a delegation (structurally components/draft DelegationInfo). */
export interface DelegationInfo {
  id: string;
  name: string;
  shortName: string;
  kind: DelegationKind;
  /** 1-based; 0 is reserved for the Chair. Stable for a given list (alphabetical, from listDelegations). */
  colorIndex: number;
}

export function toDelegationInfo(delegations: Delegation[]): DelegationInfo[] {
  return delegations.map((delegation, index) => ({
    id: delegation.id,
    name: delegation.name,
    shortName: delegation.shortName,
    kind: delegation.kind,
    colorIndex: index + 1,
  }));
}
