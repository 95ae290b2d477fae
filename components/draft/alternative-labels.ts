import type { Proposal } from '@/lib/negotiation/proposals';

export type ProposalEntry = { kind: 'single'; proposal: Proposal } | { kind: 'set'; set: string; alternatives: Proposal[] };

/**
 * The proposal list as the room reads it: each alternative set once, where its first member
 * stands, with its members in alternative order (alt 1, alt 2, …); every other proposal alone.
 */
export function groupProposals(proposals: readonly Proposal[]): ProposalEntry[] {
  const entries: ProposalEntry[] = [];
  const sets = new Map<string, Extract<ProposalEntry, { kind: 'set' }>>();
  for (const proposal of proposals) {
    if (!proposal.set) {
      entries.push({ kind: 'single', proposal });
      continue;
    }
    const known = sets.get(proposal.set);
    if (known) {
      known.alternatives.push(proposal);
      continue;
    }
    const entry = { kind: 'set' as const, set: proposal.set, alternatives: [proposal] };
    sets.set(proposal.set, entry);
    entries.push(entry);
  }
  for (const entry of sets.values()) entry.alternatives.sort((a, b) => (a.alternative ?? 0) - (b.alternative ?? 0));
  return entries;
}
