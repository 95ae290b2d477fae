import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';
import { resolveAttribution } from '@/components/editor/delegation-label';
import type { DelegationInfo } from './types';

/** Display names for attributions: the Chair, a delegation, or a plain fallback for an unknown id. */
export function delegationNamer(delegations: DelegationInfo[]) {
  const byId = new Map(delegations.map((delegation) => [delegation.id, delegation]));
  return {
    name: (id: string) => (id === CHAIR_DELEGATION ? 'Chair' : (byId.get(id)?.name ?? 'Unknown delegation')),
    shortName: (id: string) => (id === CHAIR_DELEGATION ? 'Chair' : (byId.get(id)?.shortName ?? '?')),
    /** The value of `data-color-index` used by editor.css: "0".."11", "chair" or "unknown". */
    colorKey: (id: string) => resolveAttribution(id, (key) => byId.get(key)).colorKey,
    get: (id: string) => byId.get(id),
  };
}

export type DelegationNamer = ReturnType<typeof delegationNamer>;

/** Caret colours, the same palette as the proposal marks in editor.css (#rrggbb is required). */
export const CARET_COLOURS = [
  '#1f5fbf', '#c0392b', '#1e8449', '#8e44ad', '#b35900', '#117a8b',
  '#c2185b', '#6d4c41', '#3949ab', '#5f7000', '#00838f', '#7b1fa2',
];

export function caretColour(colorKey: string): string {
  const index = Number(colorKey);
  return Number.isInteger(index) ? (CARET_COLOURS[index % CARET_COLOURS.length] ?? '#1b1b1b') : '#1b1b1b';
}
