import { resolveAttribution } from '@/components/editor/delegation-label';
import { CHAIR_DELEGATION } from '@/lib/negotiation/schema';

/** Delegation id -> how its proposals are labelled and coloured (the generated palette of delegation-palette.ts). */
export type Attributions = Record<string, { name: string; shortName: string; colorKey: string }>;

/** From the meeting's delegations in listDelegations order (the order that fixes their colours). */
export function buildAttributions(delegations: ReadonlyArray<{ id: string; name: string; shortName: string }>): Attributions {
  const labels = new Map(delegations.map((delegation, index) => [delegation.id, { ...delegation, colorIndex: index + 1 }]));
  const result: Attributions = {};
  for (const id of [...labels.keys(), CHAIR_DELEGATION]) {
    const resolved = resolveAttribution(id, (key) => labels.get(key));
    result[id] = { name: resolved.name, shortName: resolved.shortName, colorKey: resolved.colorKey };
  }
  return result;
}

export function attributionOf(attributions: Attributions, delegationId: string) {
  return attributions[delegationId] ?? { name: 'Unknown delegation', shortName: '?', colorKey: 'unknown' };
}
