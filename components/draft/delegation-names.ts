import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import type { DelegationInfo } from './types';

/** Display names for attributions: the Chair, a delegation, or a plain fallback for an unknown id. */
export function delegationNamer(delegations: DelegationInfo[]) {
  const byId = new Map(delegations.map((delegation) => [delegation.id, delegation]));
  return {
    name: (id: string) => (id === CHAIR_DELEGATION ? 'Chair' : (byId.get(id)?.name ?? 'Unknown delegation')),
    shortName: (id: string) => (id === CHAIR_DELEGATION ? 'Chair' : (byId.get(id)?.shortName ?? '?')),
    colorIndex: (id: string) => (id === CHAIR_DELEGATION ? 0 : (byId.get(id)?.colorIndex ?? 0)),
    get: (id: string) => byId.get(id),
  };
}

export type DelegationNamer = ReturnType<typeof delegationNamer>;

/** Presence colours for carets, one per delegation colour index. */
export const CARET_COLOURS = [
  '#37474f', '#c62828', '#1565c0', '#2e7d32', '#6a1b9a', '#ef6c00',
  '#00838f', '#ad1457', '#4e342e', '#283593', '#558b2f', '#d84315', '#00695c',
];

export function caretColour(colorIndex: number): string {
  return CARET_COLOURS[colorIndex % CARET_COLOURS.length] ?? '#37474f';
}
